/**
 * How long the officials CSV import takes for a 1,000-row roster, over the
 * real HTTP libSQL client against a real sqld: the first import (every row
 * created) and a re-import of the same file (every row updated). A benchmark,
 * not a test: it prints numbers and asserts nothing about them.
 *
 *   npx tsx scripts/bench-officials-import.ts [rows] [rounds]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { auditLog, createDb, type Db, tenants, units, users } from "@kycuong/db";
import { newId, type TenantContext } from "@kycuong/domain/context";
import { importOfficials } from "@kycuong/domain/officials";
import { TenantSettings } from "@kycuong/domain/tenants";
import { count, eq } from "drizzle-orm";
import { migrateDatabase } from "../packages/db/src/migrate";
import { findFreePort } from "./lib/ports";
import { startSqld } from "./lib/sqld";

const rowCount = Number(process.argv[2] ?? 1_000);
const rounds = Number(process.argv[3] ?? 3);

const familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const middleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thị Kim"];
const givenNames = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phương", "Sơn"];
const positions = ["Chủ tịch UBND xã", "Công chức Tư pháp - Hộ tịch", "Văn phòng - Thống kê", "Địa chính, Xây dựng"];
const kinds = ["cán bộ", "công chức", "viên chức"];

function rosterCsv(unitCodes: string[]): string {
  const lines = ["\uFEFFemployee_code,full_name,kind,position,unit_code,email,phone,party_member,status"];
  for (let i = 0; i < rowCount; i++) {
    const name = `${familyNames[i % 13]} ${middleNames[(i >> 2) % 9]} ${givenNames[(i * 7) % 13]}`;
    const code = `CB${String(i).padStart(5, "0")}`;
    lines.push(
      [
        code,
        name,
        kinds[i % 3],
        `"${positions[i % 4]}"`,
        unitCodes[i % unitCodes.length],
        `${code.toLowerCase()}@binhson.gov.vn`,
        `0255 38${String(i).padStart(5, "0")}`,
        i % 4 === 0 ? "có" : "không",
        "active",
      ].join(","),
    );
  }
  return lines.join("\r\n");
}

/** A tenant with a district and three communes, and its admin, written directly. */
async function arrangeTenant(db: Db, round: number): Promise<{ ctx: TenantContext; unitCodes: string[] }> {
  const now = new Date();
  const at = now.toISOString();
  const tenantId = newId(now);
  const slug = `bench-${round}-${tenantId.slice(-8)}`;
  const districtId = newId(now);
  const unitRows = [
    { id: districtId, parentId: null, kind: "peoples_committee" as const, name: "UBND huyện Bình Sơn", code: "UBND" },
    ...["Bình Thạnh", "Bình Chánh", "Bình Dương"].map((name, i) => ({
      id: newId(now),
      parentId: districtId,
      kind: "commune" as const,
      name: `Xã ${name}`,
      code: `XA-${i + 1}`,
    })),
  ];
  const adminId = newId(now);
  await db.batch([
    db.insert(tenants).values({
      id: tenantId,
      slug,
      name: "Huyện Bình Sơn",
      level: "district",
      province: "Quảng Ngãi",
      createdAt: at,
      updatedAt: at,
    }),
    db.insert(units).values(unitRows.map((unit) => ({ ...unit, tenantId, createdAt: at, updatedAt: at }))),
    db.insert(users).values({
      id: adminId,
      tenantId,
      email: `admin@${slug}.example`,
      displayName: "Quản trị",
      roles: ["tenant_admin"],
      createdAt: at,
      updatedAt: at,
    }),
  ]);
  const ctx: TenantContext = {
    db,
    now,
    requestId: `bench-${round}`,
    actor: {
      type: "user",
      userId: adminId,
      email: `admin@${slug}.example`,
      tenantId,
      roles: ["tenant_admin"],
      unitId: null,
    },
    tenant: {
      id: tenantId,
      slug,
      name: "Huyện Đo Đạc",
      timezone: "Asia/Ho_Chi_Minh",
      settings: TenantSettings.parse({}),
      // An import counts no deadline.
      calendar: { years: {}, national: [], own: [] },
    },
  };
  return { ctx, unitCodes: unitRows.map((unit) => unit.code) };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "kycuong-bench-"));
  const sqld = await startSqld({
    dbPath: join(folder, "db"),
    port: await findFreePort(),
    logFile: join(folder, "sqld.log"),
  });
  try {
    await migrateDatabase({ url: sqld.url });
    const db = createDb({ url: sqld.url });
    const firsts: number[] = [];
    const agains: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const { ctx, unitCodes } = await arrangeTenant(db, round);
      const csv = rosterCsv(unitCodes);
      const first = await timed(() => importOfficials(ctx, csv));
      const again = await timed(() => importOfficials({ ...ctx, now: new Date() }, csv));
      const [audit] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.tenantId, ctx.tenant.id));
      if (first.value.created !== rowCount || again.value.updated !== rowCount) {
        throw new Error(
          `unexpected outcome: ${JSON.stringify({ first: first.value.created, again: again.value.updated })}`,
        );
      }
      firsts.push(first.ms);
      agains.push(again.ms);
      console.log(
        `round ${round}: first import ${first.ms.toFixed(0)} ms (${first.value.created} created), ` +
          `re-import ${again.ms.toFixed(0)} ms (${again.value.updated} updated), ` +
          `${audit?.n} audit rows, ${(csv.length / 1024).toFixed(0)} KiB of CSV`,
      );
    }
    console.log(
      `officials import, ${rowCount} rows, median of ${rounds}: first ${median(firsts).toFixed(0)} ms, ` +
        `re-import ${median(agains).toFixed(0)} ms`,
    );
  } finally {
    await sqld.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
