import { inspections, inspectionTeams, inTenant, officials, users, violationTypes } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import type { TenantContext } from "../context";
import { documentHeading } from "../tenants/document-heading";
import { getViolationRecord } from "./get-violation-record";
import type { ViolationRecord } from "./violation-view";

export interface PrintableViolationRecord {
  record: ViolationRecord;
  typeName: string;
  /** The heading's parent body, upper-cased ("UBND HUYỆN BÌNH SƠN"): the tenant's `documents` setting or its name. */
  parentBody: string;
  /** The place before the date ("Bình Sơn"). */
  place: string;
  /** The inspection team that made the record (the issuing body); null for a record from a hotline report. */
  teamName: string | null;
  teamLeaderName: string | null;
  issuerName: string | null;
  /** "12/BB-TKT20" once issued and numbered; null prints blanks to fill in by hand. */
  documentNumber: string | null;
}

/** What the printed record shows besides the record itself: the heading, the type's name, the team and its leader, who issued it. */
export async function printViolationRecord(ctx: TenantContext, id: string): Promise<PrintableViolationRecord> {
  const record = await getViolationRecord(ctx, id);
  const [type, team, issuer] = await Promise.all([
    ctx.db
      .select({ nameVi: violationTypes.nameVi })
      .from(violationTypes)
      .where(inTenant(violationTypes, ctx.tenant.id, eq(violationTypes.code, record.typeCode)))
      .limit(1),
    record.inspectionId
      ? ctx.db
          .select({ name: inspectionTeams.name, leaderName: officials.fullName })
          .from(inspections)
          .innerJoin(
            inspectionTeams,
            and(eq(inspectionTeams.id, inspections.teamId), eq(inspectionTeams.tenantId, ctx.tenant.id)),
          )
          .leftJoin(
            officials,
            and(eq(officials.id, inspectionTeams.leaderOfficialId), eq(officials.tenantId, ctx.tenant.id)),
          )
          .where(inTenant(inspections, ctx.tenant.id, eq(inspections.id, record.inspectionId)))
          .limit(1)
      : Promise.resolve([]),
    record.issuedBy
      ? ctx.db
          .select({ name: users.displayName })
          .from(users)
          .where(inTenant(users, ctx.tenant.id, eq(users.id, record.issuedBy)))
          .limit(1)
      : Promise.resolve([]),
  ]);
  const heading = documentHeading(ctx.tenant);
  return {
    record,
    typeName: type[0]?.nameVi ?? record.typeCode,
    parentBody: heading.parentBody,
    place: heading.place,
    teamName: team[0]?.name ?? null,
    teamLeaderName: team[0]?.leaderName ?? null,
    issuerName: issuer[0]?.name ?? null,
    documentNumber: documentNumberOf(record),
  };
}

/**
 * The number the record was issued with ("12/BB-TKT20", sequential per
 * tenant, year and team: record-number.ts); a draft has none and the page
 * prints "Số: ……/BB" to fill in by hand.
 */
function documentNumberOf(record: ViolationRecord): string | null {
  return record.status === "draft" ? null : record.number;
}
