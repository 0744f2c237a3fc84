import { violationRecords } from "@kycuong/db";
import { InspectionDetail } from "@kycuong/domain/inspections";
import { TenantSettings } from "@kycuong/domain/tenants";
import { ViolationRecord } from "@kycuong/domain/violations";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type ApiClient, created, ok, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { createTeamAndTemplate } from "./fixtures/inspections";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant } from "./fixtures/staff";
import { aRecord, arrangeViolations } from "./fixtures/violations";

/** A tenant with Tổ Kiểm tra 20 (leader Lê Minh Cường), an inspection of it, and a record from that inspection. */
async function setup(options: { draft?: boolean } = {}) {
  const d = await createStaffTenant();
  const people = await arrangeViolations(d);
  const { team } = await createTeamAndTemplate(d);
  const inspector = signIn(d, "inspector");
  const inspection = await created(
    await inspector.post("/inspections", {
      teamId: team.id,
      kind: "surprise",
      targetUnitIds: [d.communeUnitId],
      scheduledAt: "2026-09-15T11:00:00+07:00",
    }),
    InspectionDetail,
  );
  let record = await created(
    await inspector.post("/violations", aRecord([people.a.id, people.b.id], { inspectionId: inspection.id })),
    ViolationRecord,
  );
  if (!options.draft) record = await ok(await inspector.post(`/violations/${record.id}/issue`), ViolationRecord);
  return { d, people, inspector, record };
}

async function printed(as: ApiClient, id: string): Promise<string> {
  const res = await as.get(`/violations/${id}/print`);
  expect(res.status).toBe(200);
  return res.text();
}

/** Issued at 00:30 on 5 Sep 2026 in Hà Nội (17:30 UTC the day before): the date line is the local date. */
async function issuedAt(d: StaffTenant, id: string, at: string) {
  await testDb()
    .update(violationRecords)
    .set({ issuedAt: at })
    .where(and(eq(violationRecords.tenantId, d.tenant.id), eq(violationRecords.id, id)));
}

/** The text of the page with its tags removed and its whitespace collapsed, as a reader sees it. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("the printed violation record (Decree 30/2020 layout)", () => {
  it("prints the heading: parent body above the team, the motto, the number, and place and date of issue", async () => {
    const { d, inspector, record } = await setup();
    await issuedAt(d, record.id, "2026-09-04T17:30:00.000Z");
    const html = await printed(inspector, record.id);
    const text = textOf(html);
    const parent = `UBND HUYỆN ${d.tenant.slug.toUpperCase()}`;
    expect(text).toContain(parent);
    expect(text).toContain("TỔ KIỂM TRA 20");
    expect(text.indexOf(parent)).toBeLessThan(text.indexOf("TỔ KIỂM TRA 20"));
    expect(text.indexOf("TỔ KIỂM TRA 20")).toBeLessThan(text.indexOf("BIÊN BẢN VI PHẠM"));
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc");
    expect(html).toMatch(/class="motto"/);
    // The number the record got at issue, in its team's series.
    expect(record.number).toMatch(/^\d+\/BB-TKT20$/);
    expect(text).toContain(`Số: ${record.number}`);
    expect(text).toContain(`${d.tenant.slug}, ngày 05 tháng 9 năm 2026`);
    // The act itself is dated by when it happened (15 Sep 2026, 12:30 in Hà Nội).
    expect(text).toContain("Hồi 12 giờ 30 phút, ngày 15 tháng 9 năm 2026, tại Quán ăn gần trụ sở UBND xã");
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(html).toContain("@page{size:A4;margin:20mm 15mm 20mm 30mm}");
    expect(html).toMatch(/\.signatures\{[^}]*break-inside:avoid/);
    // The style sheet as written: quotes escaped as &quot; would make the browser drop the font and list rules.
    expect(html).toContain('font-family:"Times New Roman"');
    expect(text).toContain(`Mã niêm phong (SHA-256) phiên bản 1: ${record.contentHash}`);
    expect(text).toContain(`…/violations/${record.id}/verify`);
  });

  it("a draft prints blanks for the number, the date and the time it ended, and says it is not sealed", async () => {
    const { d, inspector, record } = await setup({ draft: true });
    const text = textOf(await printed(inspector, record.id));
    expect(text).toContain("Số: ……/BB");
    expect(text).toContain(`${d.tenant.slug}, ngày …… tháng …… năm ……`);
    expect(text).toContain("Biên bản kết thúc vào hồi …… giờ …… phút cùng ngày");
    expect(text).toContain("BẢN NHÁP, CHƯA BAN HÀNH");
    expect(text).toContain("Bản nháp: chưa niêm phong");
  });

  it("takes the parent body and the place from the tenant's documents settings, and refuses an empty one", async () => {
    const { d, inspector, record } = await setup();
    const admin = signIn(d, "tenant_admin");
    await expectProblem(
      await admin.patch("/settings", { documents: { parentBodyName: " ", placeName: null } }),
      400,
      "validation_failed",
    );
    const saved = await ok(
      await admin.patch("/settings", { documents: { parentBodyName: "Huyện ủy Bình Sơn", placeName: "Châu Ổ" } }),
      TenantSettings,
    );
    expect(saved.documents).toEqual({ parentBodyName: "Huyện ủy Bình Sơn", placeName: "Châu Ổ" });
    await issuedAt(d, record.id, "2027-01-15T03:00:00.000Z");
    const text = textOf(await printed(inspector, record.id));
    expect(text).toContain("HUYỆN ỦY BÌNH SƠN TỔ KIỂM TRA 20");
    expect(text).not.toContain("UBND HUYỆN");
    expect(text).toContain("Châu Ổ, ngày 15 tháng 01 năm 2027");
  });

  it("prints the parties, statements, closing formula and one signature block per person; a later decision stays out", async () => {
    const { d, people, inspector, record } = await setup();
    const official = (id: string) => `/violations/${record.id}/officials/${id}`;
    await inspector.post(`${official(people.a.id)}/signature`, { signature: "signed" });
    await inspector.post(`${official(people.b.id)}/signature`, { signature: "refused", witnessedBy: "Trần Văn Chứng" });
    await inspector.post(`${official(people.a.id)}/explanation-request`);
    await inspector.post(`${official(people.a.id)}/explanation`, { text: "Tôi xin nhận khuyết điểm." });
    const decided = await inspector.post(`${official(people.a.id)}/decision`, {
      decision: "reprimand",
      decisionDocNumber: "15/QĐ-UBND",
      decisionDocDate: new Date().toISOString().slice(0, 10),
      decidedBy: "Chủ tịch UBND huyện",
    });
    expect(decided.status).toBe(200);
    await issuedAt(d, record.id, "2026-09-15T06:05:00.000Z");

    const text = textOf(await printed(inspector, record.id));
    expect(text).toContain(
      `1. Đại diện Tổ Kiểm tra 20: Ông/Bà Lê Minh Cường, Tổ trưởng; Ông/Bà ${d.users.inspector.email}`,
    );
    expect(text).toContain("2. Cán bộ, công chức, viên chức vi phạm (02 người)");
    expect(text).toContain("3. Người chứng kiến: Ông/Bà Trần Văn Chứng. Ông/Bà Võ Thị Kiến.");
    expect(text).toContain("III. Ý kiến trình bày của người vi phạm Ông/Bà");
    expect(text).toContain(
      "Biên bản kết thúc vào hồi 13 giờ 05 phút cùng ngày, đã được đọc lại cho những người có mặt cùng nghe, " +
        "công nhận đúng và cùng ký tên dưới đây. Biên bản được lập thành 03 bản có giá trị như nhau: " +
        "mỗi người vi phạm giữ 01 bản, 01 bản lưu tại Tổ Kiểm tra 20. " +
        "Ông/Bà Lê Thị Mẫu từ chối ký biên bản, có sự chứng kiến của Trần Văn Chứng.",
    );
    const signatures = text.slice(text.indexOf("TỔ TRƯỞNG"));
    expect(signatures.match(/\(Ký, ghi rõ họ tên\)/g)).toHaveLength(6);
    expect(signatures).toContain("TỔ TRƯỞNG (Ký, ghi rõ họ tên) Lê Minh Cường");
    expect(signatures).toContain(`NGƯỜI LẬP BIÊN BẢN (Ký, ghi rõ họ tên) ${d.users.inspector.email}`);
    expect(signatures).toContain("NGƯỜI VI PHẠM (Ký, ghi rõ họ tên) Nguyễn Văn Thử");
    expect(signatures).toContain(
      "NGƯỜI VI PHẠM (Ký, ghi rõ họ tên) Từ chối ký (có sự chứng kiến của Trần Văn Chứng) Lê Thị Mẫu",
    );
    expect(signatures.match(/NGƯỜI CHỨNG KIẾN/g)).toHaveLength(2);
    // The decision is a separate act with its own number: the record's console page lists it, the print does not.
    expect(text).not.toContain("15/QĐ-UBND");
    expect(text).not.toContain("Khiển trách");
    expect(text).not.toContain("quyết định");
  });
});
