import { auditLog, officials, units } from "@kycuong/db";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ImportProblem, ImportResult } from "../workers/api/src/routes/tenants/officials";
import { expectBody, ok, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";

/** The fixture's units have random codes; the CSV refers to units by code. */
async function unitCodes(d: StaffTenant): Promise<{ commune: string; other: string }> {
  const rows = await testDb()
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(inArray(units.id, [d.communeUnitId, d.otherCommuneUnitId]));
  const code = (id: string) => rows.find((row) => row.id === id)?.code ?? "";
  return { commune: code(d.communeUnitId), other: code(d.otherCommuneUnitId) };
}

function postCsv(d: StaffTenant, csv: string, role: "tenant_admin" | "viewer" = "tenant_admin") {
  return signIn(d, role).post("/officials:import", csv, { headers: { "content-type": "text/csv; charset=utf-8" } });
}

/** A 422 `import_invalid` answer: the problem shape, then each bad row's errors. */
async function expectImportInvalid(res: Response) {
  const problem = await expectProblem(res.clone(), 422, "import_invalid");
  return { problem, body: await expectBody(res, 422, ImportProblem) };
}

function officialsOf(d: StaffTenant) {
  return testDb().select().from(officials).where(eq(officials.tenantId, d.tenant.id)).orderBy(officials.id);
}

describe("officials CSV import", () => {
  it("creates officials from a BOM-prefixed CSV with quoted fields, and a re-import updates them", async () => {
    const d = await createStaffTenant();
    const { commune, other } = await unitCodes(d);
    const csv = [
      "\uFEFFEmployee_Code,Full_Name,kind,position,unit_code,email,phone,party_member,status",
      `CB001,Nguyễn Thị Ánh,cán bộ,"Chủ tịch UBND xã, kiêm Bí thư",${commune},Anh@BinhSon.gov.vn,0255 3851 234,có,`,
      `CB002,"Trần Văn ""Bảy"" Đức",civil_servant,"Công chức
Tư pháp - Hộ tịch",${other},,,không,active`,
      `,Lê Thị Hồng Nhung,viên chức,,${commune},nhung@binhson.gov.vn,,1,left`,
    ].join("\r\n");

    const created = await ok(await postCsv(d, `${csv}\r\n`), ImportResult);
    expect(created).toMatchObject({ created: 3, updated: 0 });
    expect(created.results.map((r) => [r.row, r.status])).toEqual([
      [1, "created"],
      [2, "created"],
      [3, "created"],
    ]);

    const stored = await officialsOf(d);
    expect(stored.map((o) => o.fullName).sort()).toEqual(["Lê Thị Hồng Nhung", "Nguyễn Thị Ánh", 'Trần Văn "Bảy" Đức']);
    const anh = stored.find((o) => o.employeeCode === "CB001");
    expect(anh).toMatchObject({
      kind: "cadre",
      position: "Chủ tịch UBND xã, kiêm Bí thư",
      email: "anh@binhson.gov.vn",
      partyMember: true,
      status: "active",
      unitId: d.communeUnitId,
    });
    expect(stored.find((o) => o.employeeCode === "CB002")?.position).toBe("Công chức\nTư pháp - Hộ tịch");
    expect(stored.find((o) => o.email === "nhung@binhson.gov.vn")).toMatchObject({
      employeeCode: null,
      status: "left",
      partyMember: true,
    });

    const updated = await ok(await postCsv(d, csv), ImportResult);
    expect(updated).toMatchObject({ created: 0, updated: 3 });
    expect(updated.results.map((r) => r.id).sort()).toEqual(created.results.map((r) => r.id).sort());
    expect(await officialsOf(d)).toHaveLength(3);

    const audit = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.tenant.id), eq(auditLog.entityId, anh?.id ?? "")));
    expect(audit.map((entry) => entry.action).sort()).toEqual(["official.created", "official.updated"]);
  });

  it("matches by email when the employee code is new, and an empty cell keeps the stored value", async () => {
    const d = await createStaffTenant();
    const { commune, other } = await unitCodes(d);
    await postCsv(
      d,
      `email,full_name,kind,unit_code,position\nthu@binhson.gov.vn,Phan Thị Thu,cadre,${commune},Phó Chủ tịch`,
    );
    const res = await postCsv(
      d,
      `employee_code,email,full_name,kind,unit_code,position\nCB-77,THU@binhson.gov.vn,Phan Thị Thu,cadre,${other},`,
    );
    expect(await ok(res, ImportResult)).toMatchObject({ created: 0, updated: 1 });
    const [thu, ...rest] = await officialsOf(d);
    expect(rest).toHaveLength(0);
    expect(thu).toMatchObject({ employeeCode: "CB-77", unitId: d.otherCommuneUnitId, position: "Phó Chủ tịch" });
  });

  it("writes nothing when one row is invalid, and names that row's errors", async () => {
    const d = await createStaffTenant();
    const { commune } = await unitCodes(d);
    await postCsv(d, `employee_code,full_name,kind,unit_code\nCB001,Nguyễn Văn Cũ,cadre,${commune}`);
    const before = await officialsOf(d);
    const auditBefore = await testDb().select().from(auditLog).where(eq(auditLog.tenantId, d.tenant.id));

    const csv = [
      "employee_code,full_name,kind,unit_code,email,party_member",
      `CB001,Nguyễn Văn Mới,cadre,${commune},,`,
      `CB002,Hà Thị Lan,civil_servant,${commune},lan@binhson.gov.vn,không`,
      `CB003,X,giám đốc,NO-SUCH-UNIT,not-an-email,maybe`,
      `CB002,Hà Thị Lan (trùng),civil_servant,${commune},,`,
    ].join("\n");
    const res = await postCsv(d, csv);
    const { problem, body } = await expectImportInvalid(res);
    expect(body.results.map((r) => r.row)).toEqual([3, 4]);
    expect(body.results[0]?.status).toBe("error");
    expect(body.results[0]?.errors.map((e) => e.path).sort()).toEqual([
      "email",
      "full_name",
      "kind",
      "party_member",
      "unit_code",
    ]);
    expect(body.results[1]?.errors).toEqual([{ path: "employee_code", message: "Trùng với dòng 2" }]);
    expect(problem.errors).toContainEqual({ path: "row.3.unit_code", message: expect.any(String) });

    expect(await officialsOf(d)).toEqual(before);
    const auditAfter = await testDb().select().from(auditLog).where(eq(auditLog.tenantId, d.tenant.id));
    expect(auditAfter).toHaveLength(auditBefore.length);
  });

  it("refuses an email that belongs to another official, and a unit code from another tenant", async () => {
    const d = await createStaffTenant();
    const theirs = await createStaffTenant();
    const { commune } = await unitCodes(d);
    const { commune: theirCommune } = await unitCodes(theirs);
    await postCsv(d, `employee_code,email,full_name,kind,unit_code\nA1,a@x.vn,Mai Văn A,cadre,${commune}`);
    const res = await postCsv(
      d,
      `employee_code,email,full_name,kind,unit_code\nB1,a@x.vn,Mai Văn B,cadre,${commune}\nC1,,Mai Văn C,cadre,${theirCommune}`,
    );
    const { body } = await expectImportInvalid(res);
    expect(body.results).toEqual([
      { row: 1, status: "error", errors: [{ path: "email", message: expect.stringContaining("Mai Văn A") }] },
      { row: 2, status: "error", errors: [{ path: "unit_code", message: expect.any(String) }] },
    ]);
    expect(await officialsOf(d)).toHaveLength(1);
  });

  it("refuses a file with a broken header or quoting, a wrong media type, and a viewer", async () => {
    const d = await createStaffTenant();
    const header = await expectProblem(await postCsv(d, "name,kind\nA,cadre"), 422, "import_invalid");
    expect(header.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(["header.name", "header.full_name", "header.unit_code"]),
    );
    await expectProblem(
      await postCsv(d, 'employee_code,full_name,kind,unit_code\nA,"Không đóng,cadre,X'),
      422,
      "import_invalid",
    );
    const admin = signIn(d, "tenant_admin");
    const json = await admin.post("/officials:import", "[]", { headers: { "content-type": "application/json" } });
    await expectProblem(json, 415, "unsupported_media_type");
    await expectProblem(await postCsv(d, "employee_code,full_name,kind,unit_code", "viewer"), 403, "forbidden");
    // "Nguyễn" saved by a spreadsheet in Windows-1258 rather than UTF-8.
    const legacy = await admin.post(
      "/officials:import",
      new Uint8Array([...new TextEncoder().encode("employee_code,full_name,kind,unit_code\nA,Nguy"), 0xd2, 0x6e]),
      { headers: { "content-type": "text/csv" } },
    );
    const notUtf8 = await expectProblem(legacy, 422, "import_invalid");
    expect(notUtf8.errors).toEqual([{ path: "body", message: expect.stringContaining("UTF-8") }]);
    expect(await officialsOf(d)).toEqual([]);
  });

  it("accepts a body over the usual 256 KiB cap, up to 2 MB", async () => {
    const d = await createStaffTenant();
    const { commune } = await unitCodes(d);
    const rows = Array.from(
      { length: 2_000 },
      (_, i) => `NV${i},Nguyễn Văn Thử Nghiệm Số ${i},public_employee,"Viên chức ${"x".repeat(100)}",${commune}`,
    );
    const csv = ["employee_code,full_name,kind,position,unit_code", ...rows].join("\n");
    expect(new TextEncoder().encode(csv).byteLength).toBeGreaterThan(256 * 1024);
    const res = await postCsv(d, csv);
    expect(await ok(res, ImportResult)).toMatchObject({ created: 2_000 });
    await expectProblem(await postCsv(d, csv.padEnd(2 * 1024 * 1024 + 1, "\n")), 413, "payload_too_large");
  });

  it("refuses more than 5,000 rows in one file", async () => {
    const d = await createStaffTenant();
    const rows = Array.from({ length: 5_001 }, (_, i) => `N${i},Tô Văn ${i},cadre,X`);
    const res = await postCsv(d, ["employee_code,full_name,kind,unit_code", ...rows].join("\n"));
    await expectProblem(res, 413, "import_too_large");
  });
});
