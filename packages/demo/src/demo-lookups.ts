import { type Db, inTenant, officials } from "@kycuong/db";
import { eq } from "drizzle-orm";

/** The demo data names officials by employee code; the seed needs their ids. */
export async function officialIdOf(db: Db, tenantId: string, employeeCode: string): Promise<string | null> {
  const [row] = await db
    .select({ id: officials.id })
    .from(officials)
    .where(inTenant(officials, tenantId, eq(officials.employeeCode, employeeCode)));
  return row?.id ?? null;
}
