import { AuditRecord } from "@kycuong/domain/audit";
import { HotlineChannel, ReportCategory } from "@kycuong/domain/hotline";
import { describe, expect, it } from "vitest";
import { created, listOf, ok, pageOf, signIn } from "./fixtures/client";
import { districtPhone } from "./fixtures/hotline-directory";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant } from "./fixtures/staff";

describe("hotline channels (staff)", () => {
  it("a tenant admin publishes, changes and withdraws a channel, each step audited", async () => {
    const d = await createStaffTenant();
    const channel = await created(
      await signIn(d, "tenant_admin").post("/hotline-channels", districtPhone),
      HotlineChannel,
    );
    // Spacing is normalised and placements come back once each, in a fixed order.
    expect(channel).toMatchObject({
      kind: "phone",
      value: "0255 3851.111",
      unitId: null,
      postedAt: ["district_portal", "public_admin_centre"],
      active: true,
    });
    const mailbox = await created(
      await signIn(d, "tenant_admin").post("/hotline-channels", {
        kind: "email",
        value: "DuongDayNong@Huyen.example",
        label: "Hộp thư",
        unitId: d.communeUnitId,
      }),
      HotlineChannel,
    );
    expect(mailbox).toMatchObject({ value: "duongdaynong@huyen.example", unitId: d.communeUnitId, postedAt: [] });

    const patched = await signIn(d, "tenant_admin").patch(`/hotline-channels/${channel.id}`, { hours: null });
    expect(await patched.json()).toMatchObject({ id: channel.id, hours: null });
    const withdrawn = await signIn(d, "tenant_admin").post(`/hotline-channels/${channel.id}/deactivate`);
    expect(await withdrawn.json()).toMatchObject({ active: false });

    const all = await ok(await signIn(d, "viewer").get("/hotline-channels"), listOf(HotlineChannel));
    expect(all.items.map((c) => [c.id, c.active])).toEqual([
      [channel.id, false],
      [mailbox.id, true],
    ]);
    const active = await ok(await signIn(d, "viewer").get("/hotline-channels?active=true"), listOf(HotlineChannel));
    expect(active.items.map((c) => c.id)).toEqual([mailbox.id]);

    const audit = await ok(
      await signIn(d, "tenant_admin").get(`/audit?entity=hotline_channel&id=${channel.id}`),
      pageOf(AuditRecord),
    );
    expect(audit.items.map((a) => a.action)).toEqual([
      "hotline_channel.deactivated",
      "hotline_channel.updated",
      "hotline_channel.created",
    ]);
  });

  it("refuses a malformed phone number or email with 400 naming the field, and writes nothing", async () => {
    const d = await createStaffTenant();
    const bad = [
      { ...districtPhone, value: "gọi 0255 3851" },
      { ...districtPhone, value: "0255 38" },
      { ...districtPhone, value: "+84 255 3851 111 222 333" },
      { ...districtPhone, kind: "email", value: "0255 3851 111" },
    ];
    for (const body of bad) {
      const problem = await expectProblem(
        await signIn(d, "tenant_admin").post("/hotline-channels", body),
        400,
        "validation_failed",
      );
      expect(
        problem.errors?.map((e) => e.path),
        body.value,
      ).toEqual(["body.value"]);
    }
    const unknownPlace = await signIn(d, "tenant_admin").post("/hotline-channels", {
      ...districtPhone,
      postedAt: ["village_gate"],
    });
    expect((await expectProblem(unknownPlace, 400, "validation_failed")).errors?.[0]?.path).toBe("body.postedAt.0");

    const list = await ok(await signIn(d, "tenant_admin").get("/hotline-channels"), listOf(HotlineChannel));
    expect(list.items).toEqual([]);
  });

  it("checks kind and value together when only one of them changes", async () => {
    const d = await createStaffTenant();
    const channel = await created(
      await signIn(d, "tenant_admin").post("/hotline-channels", districtPhone),
      HotlineChannel,
    );
    const problem = await expectProblem(
      await signIn(d, "tenant_admin").patch(`/hotline-channels/${channel.id}`, { kind: "email" }),
      400,
      "validation_failed",
    );
    expect(problem.errors?.[0]?.path).toBe("body.value");
    const kept = await ok(await signIn(d, "viewer").get("/hotline-channels"), listOf(HotlineChannel));
    expect(kept.items[0]).toMatchObject({ kind: "phone", value: "0255 3851.111" });
  });

  it("treats another tenant's units and channels as non-existent", async () => {
    const mine = await createStaffTenant();
    const theirs = await createStaffTenant();
    const foreignUnit = await signIn(mine, "tenant_admin").post("/hotline-channels", {
      ...districtPhone,
      unitId: theirs.communeUnitId,
    });
    expect((await expectProblem(foreignUnit, 400, "invalid_reference")).errors?.[0]?.path).toBe("body.unitId");

    const theirChannel = await created(
      await signIn(theirs, "tenant_admin").post("/hotline-channels", districtPhone),
      HotlineChannel,
    );
    await expectProblem(
      await signIn(mine, "tenant_admin").patch(`/hotline-channels/${theirChannel.id}`, { label: "Của tôi" }),
      404,
      "hotline_channel_not_found",
    );
    const mineList = await ok(await signIn(mine, "tenant_admin").get("/hotline-channels"), listOf(HotlineChannel));
    expect(mineList.items).toEqual([]);
  });
});

describe("report categories (staff)", () => {
  const attitude = { code: "attitude", nameVi: "Thái độ", nameEn: "Attitude", deadlineWorkingDays: 5 };

  it("creates, renames and deactivates a category; its code never changes", async () => {
    const d = await createStaffTenant();
    const category = await created(
      await signIn(d, "tenant_admin").post("/report-categories", attitude),
      ReportCategory,
    );
    expect(category).toMatchObject({ ...attitude, active: true });

    const patched = await signIn(d, "tenant_admin").patch(`/report-categories/${category.id}`, {
      nameVi: "Thái độ, tác phong",
      deadlineWorkingDays: 3,
    });
    expect(await patched.json()).toMatchObject({
      code: "attitude",
      nameVi: "Thái độ, tác phong",
      deadlineWorkingDays: 3,
    });
    const recode = await signIn(d, "tenant_admin").patch(`/report-categories/${category.id}`, { code: "manners" });
    expect((await expectProblem(recode, 400, "validation_failed")).errors?.[0]?.path).toBe("body");

    const deactivated = await signIn(d, "tenant_admin").post(`/report-categories/${category.id}/deactivate`);
    expect(await deactivated.json()).toMatchObject({ code: "attitude", active: false });
  });

  it("refuses a taken code with 409 and malformed fields with 400", async () => {
    const d = await createStaffTenant();
    await created(await signIn(d, "tenant_admin").post("/report-categories", attitude), ReportCategory);
    const again = await signIn(d, "tenant_admin").post("/report-categories", { ...attitude, nameVi: "Khác" });
    expect((await expectProblem(again, 409, "category_code_taken")).errors?.[0]?.path).toBe("body.code");

    for (const [body, path] of [
      [{ ...attitude, code: "Thai-do" }, "body.code"],
      [{ ...attitude, code: "x" }, "body.code"],
      [{ ...attitude, code: "late", deadlineWorkingDays: 61 }, "body.deadlineWorkingDays"],
      [{ ...attitude, code: "late", deadlineWorkingDays: 0 }, "body.deadlineWorkingDays"],
    ] as const) {
      const res = await signIn(d, "tenant_admin").post("/report-categories", body);
      expect((await expectProblem(res, 400, "validation_failed")).errors?.map((e) => e.path)).toContain(path);
    }
    const list = await ok(await signIn(d, "tenant_admin").get("/report-categories"), listOf(ReportCategory));
    expect(list.items.map((c) => c.code)).toEqual(["attitude"]);

    // Codes are per tenant: another district may use the same one.
    const other = await createStaffTenant();
    await created(await signIn(other, "tenant_admin").post("/report-categories", attitude), ReportCategory);
  });

  it("lets a unit head and a viewer read but not write", async () => {
    const d = await createStaffTenant();
    const category = await created(
      await signIn(d, "tenant_admin").post("/report-categories", attitude),
      ReportCategory,
    );
    const read = await signIn(d, "unit_head").get("/report-categories");
    expect(read.status).toBe(200);
    expect((await ok(read, listOf(ReportCategory))).items.map((c) => c.id)).toEqual([category.id]);
    expect((await signIn(d, "unit_head").get("/hotline-channels")).status).toBe(200);

    for (const role of ["viewer", "unit_head", "hotline_officer"] as const) {
      await expectProblem(
        await signIn(d, role).post("/report-categories", { ...attitude, code: "delay" }),
        403,
        "forbidden",
      );
      await expectProblem(await signIn(d, role).post("/hotline-channels", districtPhone), 403, "forbidden");
      await expectProblem(await signIn(d, role).post(`/report-categories/${category.id}/deactivate`), 403, "forbidden");
    }
    const unchanged = await ok(await signIn(d, "viewer").get("/report-categories"), listOf(ReportCategory));
    expect(unchanged.items).toEqual([expect.objectContaining({ code: "attitude", active: true })]);
  });
});
