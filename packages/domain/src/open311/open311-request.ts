import type { ReportStatus } from "@kycuong/db";
import { z } from "zod";
import { type Open311Lang, open311Statuses, open311StatusNotes, toOpen311Status } from "./open311-status";

/**
 * A report as GeoReport v2 `requests.json` shows it to anyone. Built field
 * by field from what may be public: never the description (citizens' words
 * about named officials), the location, the reporter's contact, the answer
 * or any text staff wrote. `description` is present but always null, so
 * clients that expect the key still parse.
 */
export const Open311Request = z.object({
  service_request_id: z.string(),
  status: z.enum(open311Statuses),
  status_notes: z.string(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.null(),
  /** The unit the report is assigned to, once it is. */
  agency_responsible: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  /** The answer deadline, in working days from arrival. */
  expected_datetime: z.string(),
});
export type Open311Request = z.infer<typeof Open311Request>;

/** The only columns an Open311 read ever selects. */
export interface Open311RequestSource {
  trackingCode: string;
  status: ReportStatus;
  categoryCode: string;
  categoryNameVi: string | null;
  categoryNameEn: string | null;
  unitName: string | null;
  createdAt: string;
  updatedAt: string;
  dueAt: string;
}

export function toOpen311Request(row: Open311RequestSource, lang: Open311Lang): Open311Request {
  const name = lang === "en" ? row.categoryNameEn : row.categoryNameVi;
  return {
    service_request_id: row.trackingCode,
    status: toOpen311Status(row.status),
    status_notes: open311StatusNotes(row.status, lang),
    service_name: name ?? row.categoryCode,
    service_code: row.categoryCode,
    description: null,
    agency_responsible: row.unitName,
    requested_datetime: row.createdAt,
    updated_datetime: row.updatedAt,
    expected_datetime: row.dueAt,
  };
}
