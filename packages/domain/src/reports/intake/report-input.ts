import type { ReportChannel } from "@kycuong/db";
import { z } from "zod";
import { Instant, LocalDate } from "../../input/dates";
import { Id } from "../../input/ids";
import { text } from "../../input/text";

/**
 * The bounds of a report's fields: the JSON intake, Open311 and the HTML
 * form (its `minlength`/`maxlength`) all take them from here.
 */
export const reportLimits = {
  category: { min: 1, max: 64 },
  description: { min: 20, max: 5000 },
  unitText: { min: 0, max: 300 },
  officialText: { min: 0, max: 300 },
  location: { min: 0, max: 500 },
  reporterName: { min: 0, max: 200 },
  reporterPhone: { min: 0, max: 24 },
  reporterEmail: { min: 0, max: 254 },
} as const;

/** Optional free text; a blank form field ("") counts as not given. */
const optionalText = (limits: { min: 0; max: number }) => text(limits).optional();

/**
 * What a report says, whoever records it (the public form, a hotline
 * officer taking a call, Open311). Nothing here is about HTTP: the honeypot,
 * Turnstile token and idempotency key belong to the channel, not the report.
 */
export const RecordReport = z.strictObject({
  /** A category's stable code (see `GET …/report-categories`). */
  category: text(reportLimits.category),
  description: text(reportLimits.description),
  /** The unit concerned, from the hotline directory … */
  unitId: Id.optional(),
  /** … or in the reporter's own words. */
  unitText: optionalText(reportLimits.unitText),
  /** The official named, as the reporter names them. */
  officialText: optionalText(reportLimits.officialText),
  /** When it happened: a date, or a date and time with its offset. */
  occurredAt: z.union([LocalDate, Instant]).optional(),
  location: optionalText(reportLimits.location),
  reporterName: optionalText(reportLimits.reporterName),
  reporterPhone: text(reportLimits.reporterPhone)
    .regex(/^(\+?[0-9][0-9 ().-]{5,23})?$/, "Số điện thoại không hợp lệ · Not a valid phone number")
    .optional(),
  reporterEmail: text(reportLimits.reporterEmail)
    .regex(/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, "Email không hợp lệ · Not a valid email address")
    .optional(),
  consentToContact: z.boolean().default(false),
});
export type RecordReport = z.infer<typeof RecordReport>;

/** The category as a report shows it. */
export interface ReportCategoryName {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** The answer to a recorded report. `receipt` is the only time the secret is ever shown. */
export interface RecordedReport {
  id: string;
  trackingCode: string;
  receipt: string;
  status: "received";
  channel: ReportChannel;
  dueAt: string;
  createdAt: string;
  category: ReportCategoryName;
  /** True when this is the stored answer to an earlier request with the same idempotency key. */
  replayed: boolean;
}
