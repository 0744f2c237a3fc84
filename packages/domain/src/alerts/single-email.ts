import { type NotificationKind, notifications } from "@kycuong/db";
import { localDate } from "../calendar/local-date";
import type { DomainContext, TenantRef } from "../context";
import { newId } from "../context/ids";
import type { RenderedEmail } from "./alert-item";
import { escapeHtml, headingHtml, headingText, oneLine, paragraphHtml } from "./digest-markup";

/** Kinds of email written one at a time when something happens, unlike the daily digests. */
export type SingleEmailKind = Extract<NotificationKind, "password_link" | "report_answer">;
export const singleEmailKinds: readonly SingleEmailKind[] = ["password_link", "report_answer"];

export interface SingleEmailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** The one thing to do, as an absolute link. */
  action?: { label: string; href: string };
}

/** A short email built from the digests' own inline-styled pieces: nothing is loaded from anywhere. */
export function renderSingleEmail(content: SingleEmailContent): RenderedEmail {
  const action = content.action;
  const html = [
    '<div style="max-width:640px">',
    headingHtml(1, content.heading),
    ...content.paragraphs.map(paragraphHtml),
    action
      ? `<p><a href="${escapeHtml(action.href)}" style="color:#1d4ed8;font-family:Arial,Helvetica,sans-serif;font-size:15px;font-weight:bold;">${escapeHtml(action.label)}</a></p>`
      : "",
    "</div>",
  ].join("");
  const text = [
    headingText(1, content.heading),
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}: ${action.href}`, ""] : []),
  ].join("\n");
  return { subject: oneLine(content.subject), html, text };
}

/**
 * The outbox row of one single email, for the batch of the change that
 * causes it: the email is written with the change or not at all, and its
 * reference (`ref`: the link's or the event's id) makes a retried request
 * write it once.
 */
export function singleEmailStatement(
  ctx: DomainContext,
  tenant: Pick<TenantRef, "id" | "timezone">,
  email: { kind: SingleEmailKind; recipient: string; ref: string; rendered: RenderedEmail },
) {
  const at = ctx.now.toISOString();
  return ctx.db
    .insert(notifications)
    .values({
      id: newId(ctx.now),
      tenantId: tenant.id,
      kind: email.kind,
      recipient: email.recipient.trim().toLowerCase(),
      localDate: localDate(ctx.now, tenant.timezone),
      ref: email.ref,
      subject: email.rendered.subject,
      bodyHtml: email.rendered.html,
      bodyText: email.rendered.text,
      itemCount: 0,
      overdueCount: 0,
      status: "pending",
      nextAttemptAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoNothing();
}
