import { disciplinaryDecisions, violationOfficialStatuses, violationRecordStatuses } from "@kycuong/db";
import { z } from "zod";
import type { WorkingCalendar } from "../calendar/working-calendar";
import { DisciplinaryPeriod, disciplinaryPeriod } from "./disciplinary-period";
import { formatRecordNumber } from "./record-number";
import type { CorrectiveReportRow, NamedOfficial, RecordRow } from "./violation-query";

export const ViolationOfficial = z.object({
  officialId: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  /** The official's unit when the record was made. */
  unit: z.object({ id: z.string(), name: z.string() }),
  signature: z.enum(["pending", "signed", "refused"]),
  refusalWitnessedBy: z.string().nullable(),
  status: z.enum(violationOfficialStatuses).nullable(),
  explanationDueAt: z.string().nullable(),
  explanationText: z.string().nullable(),
  explanationReceivedAt: z.string().nullable(),
  decision: z.enum(disciplinaryDecisions).nullable(),
  decisionDocNumber: z.string().nullable(),
  decisionDocDate: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Until when a decision may be taken (null before issue): see docs/inspections-and-violations.md. */
  disciplinaryPeriod: DisciplinaryPeriod.nullable(),
});

export const CorrectiveReport = z.object({
  id: z.string(),
  unitId: z.string(),
  body: z.string(),
  submittedBy: z.string(),
  submittedAt: z.string(),
});

export const ViolationRecordSummary = z
  .object({
    id: z.string(),
    inspectionId: z.string().nullable(),
    reportId: z.string().nullable(),
    typeCode: z.string(),
    occurredAt: z.string(),
    place: z.string(),
    description: z.string(),
    witnesses: z.array(z.string()),
    status: z.enum(violationRecordStatuses),
    version: z.int(),
    contentHash: z.string().nullable(),
    issuedAt: z.string().nullable(),
    issuedBy: z.string().nullable(),
    correctiveDueAt: z.string().nullable(),
    /** The record's number as printed after "Số:" ("12/BB-TKT20"), given at issue; null on drafts and older records. */
    number: z.string().nullable(),
    /** Issued, past `correctiveDueAt`, and a named official's unit has not reported its corrective action. */
    correctiveOverdue: z.boolean(),
    officials: z.array(ViolationOfficial),
    correctiveReports: z.array(CorrectiveReport),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "ViolationRecordSummary" });
export type ViolationRecordSummary = z.infer<typeof ViolationRecordSummary>;

export const EvidenceMeta = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.int(),
  sha256: z.string(),
  /** Set on files that go with one official's explanation (not sealed with the record). */
  officialId: z.string().nullable(),
  createdAt: z.string(),
});
export type EvidenceMeta = z.infer<typeof EvidenceMeta>;

export const VersionMeta = z.object({
  version: z.int(),
  contentHash: z.string(),
  reason: z.string().nullable(),
  /** The seal key's id and its ES256 signature (base64url) over `contentHash`; null before records had a key. */
  sealKid: z.string().nullable(),
  sealSignature: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const ViolationRecord = ViolationRecordSummary.extend({
  evidence: z.array(EvidenceMeta),
  versions: z.array(VersionMeta),
}).meta({ id: "ViolationRecord" });
export type ViolationRecord = z.infer<typeof ViolationRecord>;

export function isCorrectiveOverdue(
  record: RecordRow,
  named: NamedOfficial[],
  reports: CorrectiveReportRow[],
  now: Date,
): boolean {
  if (record.status !== "issued" || !record.correctiveDueAt) return false;
  if (now.toISOString() <= record.correctiveDueAt) return false;
  const reported = new Set(reports.map((r) => r.unitId));
  return named.some((o) => !reported.has(o.unitId));
}

export function toSummary(
  record: RecordRow,
  named: NamedOfficial[],
  reports: CorrectiveReportRow[],
  now: Date,
  calendar: WorkingCalendar,
): ViolationRecordSummary {
  const { tenantId: _t, recordNumber: _n, recordYear: _y, recordSymbol: _s, issuingTeamId: _team, ...fields } = record;
  return {
    ...fields,
    number: formatRecordNumber(record),
    correctiveOverdue: isCorrectiveOverdue(record, named, reports, now),
    officials: named.map(
      ({
        tenantId: _tn,
        recordId: _r,
        unitId,
        unitName,
        updatedAt: _u,
        periodDays,
        periodExtensionReason,
        periodExtendedAt: _pa,
        periodExtendedBy: _pb,
        ...o
      }) => ({
        ...o,
        unit: { id: unitId, name: unitName },
        disciplinaryPeriod: disciplinaryPeriod(record.issuedAt, { periodDays, periodExtensionReason }, calendar),
      }),
    ),
    correctiveReports: reports.map(({ tenantId: _tn, recordId: _r, ...r }) => r),
  };
}
