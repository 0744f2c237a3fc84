import { env } from "cloudflare:test";
import { seedDemoData } from "@kycuong/demo";
import { DialogueDetail, DialogueIssue, DialogueSession } from "@kycuong/domain/dialogues";
import { PeriodDialogueKpi, SessionDialogueKpi } from "@kycuong/domain/kpi";

import { describe, expect, it } from "vitest";
import { created, logIn, ok, pageOf, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { expectProblem } from "./fixtures/problem";
import { createStaffTenant, type StaffTenant, type TenantRole } from "./fixtures/staff";

/** A session with `pressing` pressing issues, the first `onTheSpot` of them resolved on the spot. */
async function sessionWith(
  d: StaffTenant,
  pressing: number,
  onTheSpot: number,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const res = await signIn(d, "party_office").post("/dialogues", {
    level: "commune",
    hostUnitId: d.communeUnitId,
    heldOn: "2026-03-10",
    place: "Hội trường UBND xã",
    chairName: "Chủ tọa",
    ...fields,
  });
  const { id } = await created(res, DialogueDetail);
  for (let n = 0; n < pressing; n++) {
    const outcome =
      n < onTheSpot
        ? { outcome: "resolved_on_the_spot" }
        : { outcome: "assigned", assignedUnitId: d.communeUnitId, conclusion: "Giao xã xử lý" };
    await issue(d, id, { pressing: true, ...outcome });
  }
  // A non-pressing issue never counts towards the on-the-spot rate.
  await issue(d, id, { pressing: false, outcome: "resolved_on_the_spot" });
  return id;
}

async function issue(d: StaffTenant, sessionId: string, fields: Record<string, unknown>): Promise<string> {
  const res = await signIn(d, "party_office").post(`/dialogues/${sessionId}/issues`, { content: "Vấn đề", ...fields });
  return (await created(res, DialogueIssue)).id;
}

async function sessionKpi(d: StaffTenant, id: string, role: TenantRole = "viewer"): Promise<SessionDialogueKpi> {
  return ok(await signIn(d, role).get(`/dialogues/${id}/kpi`), SessionDialogueKpi);
}

describe("on-the-spot KPI", () => {
  it("has no rate, neither met nor missed, without pressing issues", async () => {
    const d = await createStaffTenant();
    expect((await sessionKpi(d, await sessionWith(d, 0, 0))).onTheSpot).toEqual({
      numerator: 0,
      denominator: 0,
      rate: null,
      target: 0.83,
      met: null,
    });
  });

  it("answers 1 and met when all are resolved, 6/7 met and 4/5 missed at 0.83", async () => {
    const d = await createStaffTenant();
    expect((await sessionKpi(d, await sessionWith(d, 3, 3))).onTheSpot).toMatchObject({ rate: 1, met: true });
    const sixOfSeven = (await sessionKpi(d, await sessionWith(d, 7, 6))).onTheSpot;
    expect(sixOfSeven).toEqual({ numerator: 6, denominator: 7, rate: 6 / 7, target: 0.83, met: true });
    expect((await sessionKpi(d, await sessionWith(d, 5, 4))).onTheSpot).toEqual({
      numerator: 4,
      denominator: 5,
      rate: 0.8,
      target: 0.83,
      met: false,
    });
  });

  it("counts a rate exactly at the tenant's target as met", async () => {
    const d = await createStaffTenant();
    expect((await signIn(d, "tenant_admin").patch("/settings", { onTheSpotTarget: 0.8 })).status).toBe(200);
    expect((await sessionKpi(d, await sessionWith(d, 5, 4))).onTheSpot).toMatchObject({
      rate: 0.8,
      target: 0.8,
      met: true,
    });
  });
});

describe("period KPI", () => {
  it("takes sessions by local date, both ends inclusive, pooled over a unit subtree", async () => {
    const d = await createStaffTenant();
    await sessionWith(d, 7, 6, { heldOn: "2026-03-31" });
    await sessionWith(d, 5, 3, { heldOn: "2026-04-01", hostUnitId: d.otherCommuneUnitId });
    const period = async (query: string) => {
      return ok(await signIn(d, "party_office").get(`/kpi/dialogues?${query}`), PeriodDialogueKpi);
    };
    expect(await period("from=2026-03-01&to=2026-03-31")).toMatchObject({
      sessions: 1,
      onTheSpot: { numerator: 6, denominator: 7, met: true },
    });
    expect(await period("from=2026-04-01&to=2026-04-30")).toMatchObject({
      sessions: 1,
      onTheSpot: { numerator: 3, denominator: 5, met: false },
    });
    expect((await period("from=2026-03-31&to=2026-03-31")).sessions).toBe(1);
    expect(await period("from=2026-03-01&to=2026-04-30")).toMatchObject({
      sessions: 2,
      onTheSpot: { numerator: 9, denominator: 12, rate: 0.75, met: false },
    });
    expect((await period(`unit=${d.districtUnitId}`)).sessions).toBe(2);
    expect((await period(`unit=${d.communeUnitId}`)).onTheSpot).toMatchObject({ numerator: 6, denominator: 7 });
    expect(await period("from=2026-05-01")).toMatchObject({ sessions: 0, onTheSpot: { rate: null, met: null } });

    // A unit head's answer covers their own subtree; another unit is not theirs to ask about.
    const head = await signIn(d, "unit_head").get("/kpi/dialogues");
    expect(await head.json()).toMatchObject({ sessions: 1, onTheSpot: { numerator: 6, denominator: 7 } });
    await expectProblem(
      await signIn(d, "unit_head").get(`/kpi/dialogues?unit=${d.otherCommuneUnitId}`),
      404,
      "unit_not_found",
    );
    await expectProblem(
      await signIn(d, "party_office").get("/kpi/dialogues?from=2026-04-01&to=2026-03-31"),
      400,
      "invalid_period",
    );
  });
});

describe("conclusions KPI", () => {
  it("counts resolved in time, resolved late, open overdue and open not yet due", async () => {
    const d = await createStaffTenant();
    // 10 Jun + 2 months is Sunday 10 Aug 2025: due at the end of Monday 11 Aug (Civil Code art. 148(5)).
    const id = await sessionWith(d, 0, 0, { heldOn: "2025-06-10" });
    const conclusion = (extra: Record<string, unknown> = {}) =>
      issue(d, id, {
        pressing: false,
        outcome: "assigned",
        assignedUnitId: d.communeUnitId,
        conclusion: "Giao xã",
        ...extra,
      });
    const resolve = async (issueId: string, resolvedOn: string) => {
      const path = `/dialogues/${id}/issues/${issueId}/progress`;
      await signIn(d, "unit_head").post(path, { to: "in_progress" });
      const res = await signIn(d, "unit_head").post(path, {
        to: "resolved",
        resolutionResult: "Đã xử lý",
        resolvedOn,
      });
      await ok(res, DialogueIssue);
    };
    await resolve(await conclusion(), "2025-07-01"); // in time
    await resolve(await conclusion(), "2025-08-11"); // on the last day, the Monday after: still in time
    await resolve(await conclusion(), "2025-08-12"); // a day late
    await conclusion(); // open, overdue since 2025-08-11
    await conclusion({ dueOn: "2099-12-31" }); // open, not yet due

    expect((await sessionKpi(d, id)).conclusions).toEqual({
      total: 5,
      resolvedWithinDeadline: 2,
      due: 4,
      rate: 0.5,
      openOverdue: 1,
    });
    const none = await sessionKpi(d, await sessionWith(d, 0, 0));
    expect(none.conclusions).toEqual({ total: 0, resolvedWithinDeadline: 0, due: 0, rate: null, openOverdue: 0 });
  });
});

describe("the demo sessions", () => {
  it("give 6/7 met with one overdue conclusion at Bình Thanh Đông, and 3/5 missed at the second", async () => {
    await seedDemoData(testDb(), new Date(), "kycuong-demo-2026", env.SEAL_PRIVATE_KEY);
    const office = (
      await logIn({ tenant: "binh-son", email: "vanphong@binh-son.example", password: "kycuong-demo-2026" })
    ).at("/v1/tenants/binh-son");
    const sessions = await ok(await office.get("/dialogues"), pageOf(DialogueSession));
    const kpis = await Promise.all(
      sessions.items.map(async (s) => ({
        host: s.hostUnit.name,
        kpi: await ok(await office.get(`/dialogues/${s.id}/kpi`), SessionDialogueKpi),
      })),
    );
    const btd = kpis.find((k) => k.host === "UBND xã Bình Thanh Đông");
    expect(btd?.kpi.onTheSpot).toMatchObject({ numerator: 6, denominator: 7, met: true });
    expect(btd?.kpi.conclusions.openOverdue).toBe(1);
    const missed = kpis.filter((k) => k.kpi.onTheSpot.met === false);
    expect(missed.map((k) => k.kpi.onTheSpot)).toEqual([expect.objectContaining({ numerator: 3, denominator: 5 })]);
  });
});
