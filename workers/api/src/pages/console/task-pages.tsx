import type { Task, TaskDetail } from "@kycuong/domain/tasks";
import type { FC } from "hono/jsx";
import { officialDate } from "../i18n";
import { type AreaPageProps, areaCrumbs, Due, FilterLinks, type Page, Pager } from "./area-parts";
import { at, atf, named, taskIssuerNames, taskStatusNames } from "./areas-text";
import { ConsoleLayout } from "./console-layout";
import { DataTable } from "./data-table";

export type TaskDue = "overdue" | "soon" | undefined;

const listTitle = { overdue: "tasksOverdueTitle", soon: "tasksSoonTitle", open: "tasksTitle" } as const;

/** Open tasks, or those overdue or due soon: what the party office and unit heads follow up. */
export const TaskListPage: FC<AreaPageProps & { due: TaskDue; page: Page<Task>; paged: boolean }> = ({
  frame,
  frame: { lang },
  tenant,
  now,
  due,
  page,
  paged,
}) => {
  const path = `/t/${tenant.slug}/app/tasks`;
  const title = at(lang, listTitle[due ?? "open"]);
  return (
    <ConsoleLayout frame={frame} title={title} path={path} crumbs={areaCrumbs(lang, tenant.slug)}>
      <FilterLinks
        lang={lang}
        links={[
          { href: path, label: at(lang, "filterOpen"), current: !due },
          { href: `${path}?due=overdue`, label: at(lang, "filterOverdue"), current: due === "overdue" },
          { href: `${path}?due=soon`, label: at(lang, "filterSoon"), current: due === "soon" },
        ]}
      />
      <DataTable
        rows={page.items}
        empty={at(lang, "nothingHere")}
        caption={title}
        columns={[
          { label: at(lang, "task"), cell: (task) => <a href={`${path}/${task.id}`}>{task.title}</a> },
          { label: at(lang, "unit"), cell: (task) => task.unit.name },
          {
            label: at(lang, "deadline"),
            cell: (task) => (
              <Due
                lang={lang}
                tenant={tenant}
                dueOn={task.dueOn}
                dueAt={task.dueAt}
                open={task.status === "open"}
                now={now}
              />
            ),
          },
          { label: at(lang, "remindersCount"), cell: (task) => task.remindersCount },
        ]}
      />
      <Pager lang={lang} path={path} query={{ due }} next={page.nextCursor} paged={paged} />
    </ConsoleLayout>
  );
};

/** One task, read-only: where it came from, who must do it, by when, and the reminders written about it. */
export const TaskPage: FC<AreaPageProps & { task: TaskDetail }> = ({ frame, frame: { lang }, tenant, now, task }) => {
  const app = `/t/${tenant.slug}/app`;
  return (
    <ConsoleLayout
      frame={frame}
      title={task.title}
      path={`${app}/tasks/${task.id}`}
      crumbs={areaCrumbs(lang, tenant.slug, { href: `${app}/tasks`, label: at(lang, "tasksCrumb") })}
    >
      <dl class="facts card">
        <dt>{at(lang, "status")}</dt>
        <dd>{named(lang, taskStatusNames, task.status)}</dd>
        <dt>{at(lang, "deadline")}</dt>
        <dd>
          <Due
            lang={lang}
            tenant={tenant}
            dueOn={task.dueOn}
            dueAt={task.dueAt}
            open={task.status === "open"}
            now={now}
          />
        </dd>
        <dt>{at(lang, "sourceDoc")}</dt>
        <dd>
          {task.sourceDocNumber
            ? atf(lang, "sourceDocOf", { number: task.sourceDocNumber, date: officialDate(task.sourceDocDate) })
            : at(lang, "none")}
        </dd>
        <dt>{at(lang, "issuedBy")}</dt>
        <dd>{named(lang, taskIssuerNames, task.issuedBy)}</dd>
        <dt>{at(lang, "unit")}</dt>
        <dd>{task.unit.name}</dd>
        <dt>{at(lang, "partyOrganisation")}</dt>
        <dd>{task.partyOrganisation ?? at(lang, "none")}</dd>
        <dt>{at(lang, "official")}</dt>
        <dd>{task.official?.fullName ?? at(lang, "none")}</dd>
        {task.description ? (
          <>
            <dt>{at(lang, "description")}</dt>
            <dd>{task.description}</dd>
          </>
        ) : null}
        {task.status === "done" ? (
          <>
            <dt>{at(lang, "completed")}</dt>
            <dd>
              {officialDate(task.completedOn)}
              {task.completionNote ? `: ${task.completionNote}` : ""}
            </dd>
          </>
        ) : null}
        <dt>{at(lang, "inTrackingBook")}</dt>
        <dd>
          {task.hasTrackingBookEntry ? (
            <a href={`${app}/tracking-book?year=${trackingYear(task, tenant.settings.trackingBookReminderThreshold)}`}>
              {at(lang, "inTrackingBookYes")}
            </a>
          ) : (
            at(lang, "no")
          )}
        </dd>
      </dl>
      <h2>{at(lang, "reminders")}</h2>
      <DataTable
        rows={task.reminders}
        empty={at(lang, "noReminders")}
        columns={[
          { label: at(lang, "reminderSequence"), cell: (reminder) => reminder.sequence },
          { label: at(lang, "docNumber"), cell: (reminder) => reminder.docNumber },
          { label: at(lang, "docDate"), cell: (reminder) => officialDate(reminder.docDate) },
          { label: at(lang, "reminderIssuer"), cell: (reminder) => reminder.issuer },
          { label: at(lang, "description"), cell: (reminder) => reminder.content },
          {
            label: at(lang, "reminderCounts"),
            cell: (reminder) => at(lang, reminder.voidedByEntryId ? "reminderVoided" : "yes"),
          },
        ]}
      />
    </ConsoleLayout>
  );
};

/**
 * The tracking-book year the task's entry in force sits in: the year of the
 * reminder that reached the tenant's threshold (the Nth that counts: voided
 * reminders do not), which made it.
 */
function trackingYear(task: TaskDetail, threshold: number): string {
  const counted = task.reminders.filter((r) => r.voidedByEntryId === null);
  const made = counted[threshold - 1] ?? counted.at(-1);
  return (made?.docDate ?? task.createdAt).slice(0, 4);
}
