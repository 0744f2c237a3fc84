import { z } from "@hono/zod-openapi";
import {
  CompleteTask,
  CreateTask,
  cancelTask,
  completeTask,
  createTask,
  getTask,
  listReminders,
  listTasks,
  RecordedReminder,
  RecordReminder,
  Reminder,
  recordReminder,
  Task,
  TaskListQuery,
  UpdateTask,
  updateTask,
} from "@kycuong/domain/tasks";
import { jsonBody, jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const tag = "Tasks and reminders";
const notOpen = problemContent("The task is done or cancelled (`task_not_open`)");

const list = staffRoute({
  operationId: "listTasks",
  method: "get",
  path: "/",
  tag,
  summary: "List tasks, newest first (a unit head sees only their unit's subtree)",
  description:
    "Filters: `status`, `unitId` (that unit exactly), `overdue=true|false` (open and past `dueAt`), " +
    "`dueFrom`/`dueTo` (local due dates, inclusive), `due=overdue|soon` (open and past due, or open and due within " +
    "the tenant's `alertDueSoonWorkingDays`, as in the digests). Each task carries its reminders count and whether it is in " +
    "the tracking book.",
  permission: "discipline:read",
  request: { params: TenantParams, query: PageParams.extend(TaskListQuery.shape) },
  responses: { 200: jsonResponse(pageOf(Task, "TaskPage"), "A page of tasks"), 400: problemContent("Bad query") },
});

const create = staffRoute({
  operationId: "createTask",
  method: "post",
  path: "/",
  tag,
  summary: "Record a task assigned by the party committee or the people's committee",
  description: "`dueAt` is the end of `dueOn` in the tenant's time zone.",
  permission: "discipline:manage",
  request: { params: TenantParams, body: jsonBody(CreateTask) },
  responses: {
    201: jsonResponse(Task, "Created"),
    400: problemContent(
      "Invalid task, a unit (inactive or not this tenant's) or official that does not fit, or a source document " +
        "dated after today (`date_in_future`)",
    ),
  },
});

const get = staffRoute({
  operationId: "getTask",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One task",
  permission: "discipline:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(Task, "The task") },
});

const update = staffRoute({
  operationId: "updateTask",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Correct or reassign an open task",
  permission: "discipline:manage",
  request: { params: TenantItemParams, body: jsonBody(UpdateTask) },
  responses: {
    200: jsonResponse(Task, "Updated"),
    400: problemContent("Invalid change, or a source document dated after today (`date_in_future`)"),
    409: problemContent(
      "Done or cancelled (`task_not_open`), changed meanwhile (`task_changed`), or the source document re-dated " +
        "after a reminder that answers it (`source_document_after_reminder`)",
    ),
  },
});

const cancel = staffRoute({
  operationId: "cancelTask",
  method: "post",
  path: `/{id}/cancel`,
  tag,
  summary: "Cancel an open task (tasks are never deleted)",
  permission: "discipline:manage",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(Task, "Cancelled"), 409: notOpen },
});

const complete = staffRoute({
  operationId: "completeTask",
  method: "post",
  path: `/{id}/complete`,
  tag,
  summary: "Mark an open task done (a unit head: tasks of their unit's subtree)",
  permission: "discipline:progress",
  request: { params: TenantItemParams, body: jsonBody(CompleteTask) },
  responses: {
    200: jsonResponse(Task, "Done"),
    400: problemContent("Missing note, or `completedOn` after today (`date_in_future`)"),
    409: notOpen,
  },
});

const reminders = staffRoute({
  operationId: "listReminders",
  method: "get",
  path: `/{id}/reminders`,
  tag,
  summary: "A task's written reminders, 1st first; a voided one names the annulled entry that voided it",
  permission: "discipline:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(z.object({ items: z.array(Reminder) }).openapi("ReminderList"), "The reminders") },
});

const remind = staffRoute({
  operationId: "recordReminder",
  method: "post",
  path: `/{id}/reminders`,
  tag,
  summary: "Record a written reminder; the Nth puts the task in the tracking book",
  description:
    "The reminder gets the next sequence number. Reminders follow the documents: `docDate` is not before the " +
    "task's source document nor after today (400 `reminder_date_invalid`), nor before the task's latest reminder " +
    "that counts (409 `reminder_out_of_order`; a reminder voided by an annulment does not count). When it is the " +
    "task's Nth that counts (tenant setting `trackingBookReminderThreshold`, default 2), a tracking-book entry is " +
    "created in the same write, at most one in force per task even when reminders are recorded at the same moment; " +
    "`trackingBookEntryCreated` says whether this one created it.",
  permission: "discipline:manage",
  request: { params: TenantItemParams, body: jsonBody(RecordReminder) },
  responses: {
    201: jsonResponse(RecordedReminder, "Recorded"),
    400: problemContent(
      "Invalid reminder, an unknown recipient (`invalid_reference`), or dated before the task's source document " +
        "or after today (`reminder_date_invalid`)",
    ),
    409: problemContent(
      "The task is done or cancelled (`task_not_open`), this document is already recorded for it " +
        "(`reminder_already_recorded`), or a reminder dated after it is (`reminder_out_of_order`)",
    ),
  },
});

export const taskRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listTasks(tenantContext(c), c.req.valid("query")), 200))
  .openapi(create, async (c) => c.json(await createTask(tenantContext(c), c.req.valid("json")), 201))
  .openapi(get, async (c) => c.json(await getTask(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(update, async (c) =>
    c.json(await updateTask(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(cancel, async (c) => c.json(await cancelTask(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(complete, async (c) =>
    c.json(await completeTask(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(reminders, async (c) => c.json(await listReminders(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(remind, async (c) =>
    c.json(await recordReminder(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
