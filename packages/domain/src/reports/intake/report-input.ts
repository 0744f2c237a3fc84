import type { ReportChannel } from "@kycuong/db";
import { z } from "zod";

// NFC first, so "ế" counts as one character whichever keyboard typed it;
// otherwise stored as typed (escaping is the pages' job, not the store's).
const text = (min: number, max: number) => z.string().normalize("NFC").trim().min(min).max(max);
/** Optional free text; a blank form field ("") counts as not given. */
const optionalText = (max: number) => z.string().normalize("NFC").trim().max(max).optional();

/**
 * What a report says, whoever records it (the public form, a hotline
 * officer taking a call, Open311). Nothing here is about HTTP: the honeypot,
 * Turnstile token and idempotency key belong to the channel, not the report.
 */
export const RecordReport = z.strictObject({
  /** A category's stable code (see `GET …/report-categories`). */
  category: z.string().trim().min(1).max(64),
  description: text(20, 5000),
  /** The unit concerned, from the hotline directory … */
  unitId: z.uuid().optional(),
  /** … or in the reporter's own words. */
  unitText: optionalText(300),
  /** The official named, as the reporter names them. */
  officialText: optionalText(300),
  /** When it happened: a date, or a date and time with its offset. */
  occurredAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  location: optionalText(500),
  reporterName: optionalText(200),
  reporterPhone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9][0-9 ().-]{5,23})?$/, "Số điện thoại không hợp lệ · Not a valid phone number")
    .optional(),
  reporterEmail: z
    .string()
    .trim()
    .max(254)
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
