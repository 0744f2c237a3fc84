import { z } from "@hono/zod-openapi";
import { endOfLocalDay } from "@kycuong/domain/calendar";
import { DomainError } from "@kycuong/domain/errors";
import { addStaffNote, ReportTransition, StaffNote, transitionReport } from "@kycuong/domain/reports";
import { consoleLang } from "../../console/console-lang";
import { seeOther } from "../../console/console-page";
import { answerLinkBase, sendAnswerNow } from "../../console/report-answer";
import { casePage, failedForm } from "../../console/report-case-view";
import { consoleRoute } from "../../http/console-route";
import { formBody } from "../../http/form-body";
import { reportAttachmentDownload } from "../../http/report-attachment-download";
import { createRouter } from "../../http/router";
import { tenantContext } from "../../http/tenant-context";
import { toFieldErrors } from "../../http/validation-errors";
import { rt } from "../../pages/console/report-text";
import { TenantSlug } from "../public/tenants";

/** A report id as typed into a URL: anything that is not one of this tenant's reports is the 404 page. */
const ReportIdParam = z.string().max(100);
const params = z.object({ slug: TenantSlug, id: ReportIdParam });
const moves = ["accepted", "rejected", "duplicate", "assigned", "in_progress", "resolved", "closed", "reopened"];

const showCase = consoleRoute({
  operationId: "showReportCase",
  method: "get",
  path: "/reports/{id}",
  permission: "reports:read",
  summary: "One report: the whole case, its timeline with internal notes, and the moves the viewer may make now",
  request: {
    params,
    query: z.object({ done: z.string().max(20).optional(), lang: z.enum(["vi", "en"]).optional() }),
  },
});

const move = consoleRoute({
  operationId: "transitionReportFromConsole",
  method: "post",
  path: "/reports/{id}/transitions",
  permission: "reports:resolve",
  summary: "Move the report (form field `to` and that move's fields, `version` as the page showed it)",
  request: { params },
  responses: {
    303: { description: "Done: back to the case page, saying so" },
    400: { description: "A field to correct: the case page with the error next to its form" },
    409: {
      description: "The report changed meanwhile (or the move no longer fits): the current state, nothing written",
    },
  },
});

const note = consoleRoute({
  operationId: "addReportNoteFromConsole",
  method: "post",
  path: "/reports/{id}/notes",
  permission: "reports:resolve",
  summary: "Add an internal note (never shown to the reporter)",
  request: { params },
  responses: {
    303: { description: "Added: back to the case page" },
    400: { description: "An empty note: the case page with the error next to the form" },
  },
});

const download = consoleRoute({
  operationId: "downloadReportAttachmentFromConsole",
  method: "get",
  path: "/reports/{id}/attachments/{attachmentId}",
  permission: "reports:read",
  summary: "Download one of the report's files (the same check as the API: no report in scope, no file)",
  request: { params: params.extend({ attachmentId: ReportIdParam }) },
  responses: {
    200: { description: "The file, as a download", content: { "application/octet-stream": { schema: z.string() } } },
  },
});

/** The form's fields as the move's input (the same schema as the API's body). */
function moveInput(form: Record<string, string | string[]>, timeZone: string): Record<string, unknown> {
  const text = (name: string) => {
    const value = form[name];
    return typeof value === "string" ? value : undefined;
  };
  const to = text("to") ?? "";
  switch (to) {
    case "rejected":
    case "reopened":
      return { to, reason: text("reason") ?? "" };
    case "duplicate": {
      const typed = (text("duplicateOf") ?? "").trim();
      return z.uuid().safeParse(typed).success ? { to, duplicateOfId: typed } : { to, duplicateOfCode: typed };
    }
    case "assigned": {
      const dueDate = text("dueDate")?.trim();
      const due = dueDate && /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? endOfLocalDay(dueDate, timeZone) : null;
      return {
        to,
        unitId: text("unitId") ?? "",
        ...(dueDate ? { dueAt: due && !Number.isNaN(due.getTime()) ? due.toISOString() : dueDate } : {}),
      };
    }
    case "resolved":
      return {
        to,
        finding: text("finding") ?? "",
        answer: text("answer") ?? "",
        officialIds: [form.officialIds ?? []].flat(),
      };
    default:
      return { to };
  }
}

export const reportCaseRoutes = createRouter()
  .openapi(showCase, async (c) => {
    const done = c.req.valid("query").done;
    const lang = consoleLang(c);
    const notice =
      done && [...moves, "note"].includes(done)
        ? { kind: "done" as const, text: rt(lang, `done_${done as "note"}`) }
        : null;
    return casePage(c, c.req.valid("param").id, { notice, status: 200 });
  })
  .openapi(move, async (c) => {
    const { id } = c.req.valid("param");
    const ctx = tenantContext(c);
    const lang = consoleLang(c);
    const form = await formBody(c, { all: true });
    const to = typeof form.to === "string" && moves.includes(form.to) ? form.to : null;
    const input = ReportTransition.safeParse(moveInput(form as Record<string, string | string[]>, ctx.tenant.timezone));
    if (!to || !input.success) {
      return casePage(c, id, {
        failed: failedForm(lang, to ?? "accepted", form, toFieldErrors("form", input.error?.issues ?? [])),
        status: 400,
      });
    }
    const version = typeof form.version === "string" ? form.version : undefined;
    try {
      const report = await transitionReport(ctx, id, input.data, {
        linkBase: answerLinkBase(c),
        expectedVersion: version,
      });
      sendAnswerNow(c, report);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === "report_changed" || error.code === "illegal_transition") {
        const text = rt(lang, error.code === "report_changed" ? "changedMeanwhile" : "notAllowedNow");
        return casePage(c, id, { notice: { kind: "changed", text }, status: 409 });
      }
      if (error.code === "validation_failed" || error.code === "invalid_reference") {
        return casePage(c, id, { failed: failedForm(lang, input.data.to, form, error.fieldErrors), status: 400 });
      }
      throw error;
    }
    return seeOther(c, `/t/${ctx.tenant.slug}/app/reports/${id}?done=${input.data.to}`);
  })
  .openapi(note, async (c) => {
    const { id } = c.req.valid("param");
    const ctx = tenantContext(c);
    const form = await formBody(c, { all: true });
    const input = StaffNote.safeParse({ body: typeof form.body === "string" ? form.body : "" });
    if (!input.success) {
      return casePage(c, id, {
        failed: failedForm(consoleLang(c), "note", form, toFieldErrors("form", input.error.issues)),
        status: 400,
      });
    }
    await addStaffNote(ctx, id, input.data);
    return seeOther(c, `/t/${ctx.tenant.slug}/app/reports/${id}?done=note`);
  })
  .openapi(download, async (c) => {
    const { id, attachmentId } = c.req.valid("param");
    return reportAttachmentDownload(c, id, attachmentId);
  });
