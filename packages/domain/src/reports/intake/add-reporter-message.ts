import { reportEvents } from "@kycuong/db";
import { z } from "zod";
import { auditEntry } from "../../audit/audit-entry";
import type { TenantContext } from "../../context";
import { newId } from "../../context/ids";
import { text } from "../../input/text";
import type { PublicTimelineEntry } from "../public-report";
import { reportByReceipt } from "./report-by-receipt";

export const ReporterMessage = z.strictObject({
  message: text({ min: 1, max: 5000 }),
});
export type ReporterMessage = z.infer<typeof ReporterMessage>;

/**
 * The receipt holder adds information to their report: a public timeline
 * entry the staff see and the reporter sees again, written with its audit
 * entry in one batch.
 */
export async function addReporterMessage(
  ctx: TenantContext,
  request: { trackingCode: string; receipt: string | undefined },
  input: ReporterMessage,
): Promise<PublicTimelineEntry> {
  const { reportId } = await reportByReceipt(ctx, request.trackingCode, request.receipt);
  const at = ctx.now.toISOString();
  const eventId = newId(ctx.now);
  await ctx.db.batch([
    ctx.db.insert(reportEvents).values({
      id: eventId,
      tenantId: ctx.tenant.id,
      reportId,
      kind: "reporter_message",
      public: true,
      body: input.message,
      actorType: ctx.actor.type,
      actorId: ctx.actor.type === "user" ? ctx.actor.userId : null,
      at,
    }),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "report.reporter_message",
      entityType: "report",
      entityId: reportId,
      after: { eventId, messageLength: input.message.length },
    }),
  ]);
  return { at, kind: "reporter_message", message: input.message };
}
