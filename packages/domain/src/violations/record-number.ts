import { inspections, inspectionTeams, inTenant, violationRecords } from "@kycuong/db";
import { and, eq, isNull, max } from "drizzle-orm";
import { localDate } from "../calendar/local-date";
import type { TenantContext } from "../context";
import type { RecordRow } from "./violation-query";

/** What a record's number is made of: its place in the series and how it is printed. */
export interface RecordNumber {
  recordNumber: number;
  recordYear: number;
  recordSymbol: string;
  issuingTeamId: string | null;
}

/**
 * The symbol a team's records carry when it has none of its own: "BB" (biên
 * bản) and the initials of its name, numbers kept whole: "Tổ Kiểm tra 20" →
 * "BB-TKT20". A record made outside an inspection is plain "BB".
 */
export function defaultRecordSymbol(teamName: string | null): string {
  if (!teamName) return "BB";
  const initials = teamName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "D")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? word : (word[0] ?? "")))
    .join("")
    .toUpperCase();
  return initials ? `BB-${initials}` : "BB";
}

/** "12/BB-TKT20", as printed after "Số:"; null before issue. */
export function formatRecordNumber(record: Pick<RecordRow, "recordNumber" | "recordSymbol">): string | null {
  return record.recordNumber === null || !record.recordSymbol ? null : `${record.recordNumber}/${record.recordSymbol}`;
}

/**
 * The next number in the record's series (tenant, local year of issue, the
 * inspection's team): the series' highest plus one. The number is signed
 * with the content before it is written, so it is read here rather than
 * assigned by the UPDATE; the unique index on the series makes a record that
 * raced another for it fail as a whole, and issue then reads the next one.
 */
export async function nextRecordNumber(ctx: TenantContext, record: RecordRow): Promise<RecordNumber> {
  const [team] = record.inspectionId
    ? await ctx.db
        .select({ id: inspectionTeams.id, name: inspectionTeams.name, symbol: inspectionTeams.recordSymbol })
        .from(inspections)
        .innerJoin(
          inspectionTeams,
          and(eq(inspectionTeams.id, inspections.teamId), eq(inspectionTeams.tenantId, ctx.tenant.id)),
        )
        .where(inTenant(inspections, ctx.tenant.id, eq(inspections.id, record.inspectionId)))
        .limit(1)
    : [];
  const recordYear = Number(localDate(ctx.now, ctx.tenant.timezone).slice(0, 4));
  const issuingTeamId = team?.id ?? null;
  const [highest] = await ctx.db
    .select({ n: max(violationRecords.recordNumber) })
    .from(violationRecords)
    .where(
      inTenant(
        violationRecords,
        ctx.tenant.id,
        eq(violationRecords.recordYear, recordYear),
        issuingTeamId ? eq(violationRecords.issuingTeamId, issuingTeamId) : isNull(violationRecords.issuingTeamId),
      ),
    );
  return {
    recordNumber: (highest?.n ?? 0) + 1,
    recordYear,
    recordSymbol: team?.symbol ?? defaultRecordSymbol(team?.name ?? null),
    issuingTeamId,
  };
}

/** True when `error` is the series' unique index refusing a number another issue took first. */
export function isNumberTaken(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (
      /UNIQUE constraint failed: index 'violation_records_number_unique'|violation_records_number_unique|UNIQUE constraint failed: violation_records\.tenant_id, violation_records\.record_year/.test(
        e.message,
      )
    )
      return true;
  }
  return false;
}
