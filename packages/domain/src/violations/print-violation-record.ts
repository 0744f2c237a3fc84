import { inspections, inspectionTeams, inTenant, users, violationTypes } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import type { TenantContext } from "../context";
import { getViolationRecord } from "./get-violation-record";
import type { ViolationRecord } from "./violation-view";

export interface PrintableViolationRecord {
  record: ViolationRecord;
  typeName: string;
  teamName: string | null;
  issuerName: string | null;
}

/** What the printed record shows besides the record itself: the type's name, the team, who issued it. */
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
          .select({ name: inspectionTeams.name })
          .from(inspections)
          .innerJoin(
            inspectionTeams,
            and(eq(inspectionTeams.id, inspections.teamId), eq(inspectionTeams.tenantId, ctx.tenant.id)),
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
  return {
    record,
    typeName: type[0]?.nameVi ?? record.typeCode,
    teamName: team[0]?.name ?? null,
    issuerName: issuer[0]?.name ?? null,
  };
}
