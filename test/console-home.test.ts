import { units, users } from "@kycuong/db";
import { TodaysWork } from "@kycuong/domain/alerts";
import { newId } from "@kycuong/domain/context";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type AlertTenant,
  createAlertTenant,
  endOfVnDay,
  insertOpenTask,
  outboxOf,
  runAlertJobs,
  vn,
} from "./fixtures/alerts";
import { ok, signIn } from "./fixtures/client";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { addIssue, assignedTo, createSession } from "./fixtures/dialogues";
import { insertCategory, insertReport, setTenantSettings } from "./fixtures/reports";
import type { TenantRole } from "./fixtures/staff";
import { aReminder } from "./fixtures/tasks";
import { arrangeViolations, recordThroughApi } from "./fixtures/violations";

// Monday 7 December 2026 is a working day; the staff tenant has no holidays, weekends off.
const monday0730 = vn("2026-12-07 07:30");
const monday0900 = vn("2026-12-07 09:00");

afterEach(() => {
  vi.useRealTimers();
});

/** From here on the Worker's clock (same isolate) reads `ms`. */
function clockAt(ms: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(ms));
}

/** What a digest email lists, in its order: each item's path and its working days overdue ("soon" when not yet). */
function toldIn(bodyText: string) {
  return [
    ...bodyText.matchAll(
      /Tình trạng: (?:Quá hạn (\d+) ngày làm việc|Sắp đến hạn)\n {3}Xem: https:\/\/kycuong\.test(\S+)/g,
    ),
  ].map((m) => ({ path: m[2], overdue: m[1] ?? "soon" }));
}

/** The item rows of a piece of the home page: each item's link and its badge, as shown. */
function rowsIn(html: string) {
  return [
    ...html.matchAll(
      /<td data-label="[^"]*"><a href="([^"]+)">[^<]*<\/a><\/td><td data-label="[^"]*">[^<]*<\/td><td data-label="[^"]*">[^<]*<\/td><td data-label="[^"]*"><span class="badge (overdue|soon)">([^<]*)<\/span>/g,
    ),
  ].map((m) => ({ path: m[1]?.replaceAll("&amp;", "&"), badge: m[3] ?? "" }));
}

/** A page row as the digest would say it. */
function asTold(row: { path?: string; badge: string }) {
  return { path: row.path, overdue: /quá hạn (\d+) ngày làm việc/.exec(row.badge)?.[1] ?? "soon" };
}

const kinds = ["reports", "tasks", "dialogues", "violations"];
/** The home groups by kind (reports, tasks, conclusions, violations), keeping the digest's order inside each. */
const byKind = <T extends { path?: string }>(items: T[]) =>
  [...items].sort(
    (a, b) =>
      kinds.findIndex((k) => a.path?.includes(`/app/${k}`)) - kinds.findIndex((k) => b.path?.includes(`/app/${k}`)),
  );

async function homeOf(d: AlertTenant, role: TenantRole) {
  const browser = new ConsoleBrowser(d.tenant.slug);
  expect((await browser.signIn(d.users[role].email)).status).toBe(303);
  const home = await browser.get(`/t/${d.tenant.slug}/app`);
  expect(home.status).toBe(200);
  return home.html;
}

/** The unit head's commune work: 3 kinds, four items overdue, one due soon, one due later; and another commune's. */
async function communeWork(d: AlertTenant) {
  await insertCategory(d);
  const session = await createSession(d, { heldOn: "2026-09-30" }); // conclusions due 30 Nov
  const conclusion = await addIssue(d, session.id, assignedTo(d.communeUnitId));
  return {
    conclusion,
    session,
    nineDays: await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-11-24"), "Báo cáo khắc phục"),
    twoDays: await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-03"), "Rà soát giờ giấc"),
    report: await insertReport(d, {
      status: "assigned",
      assignedUnitId: d.communeUnitId,
      dueAt: endOfVnDay("2026-12-04"),
    }),
    dueSoon: await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-08"), "Nộp kế hoạch"),
    later: await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-11"), "Việc còn xa hạn"),
    elsewhere: await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2026-12-01"), "Việc của xã khác"),
    elsewhereLater: await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2026-12-14"), "Xã khác, còn hạn"),
  };
}

describe("the console home: a unit head's work is this morning's digest", () => {
  it("lists exactly the items of their digest, in its order, with its working days overdue, grouped by kind", async () => {
    const d = await createAlertTenant();
    const work = await communeWork(d);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);
    const [digest] = await outboxOf(d, d.heads.commune);
    const told = toldIn(digest?.bodyText ?? "");
    expect(told).toHaveLength(5);
    expect(digest?.itemCount).toBe(5);
    const app = `/t/${d.tenant.slug}/app`;
    const expected = byKind(told);
    expect(expected.map((item) => item.path)).toEqual([
      `${app}/reports/${work.report.id}`,
      `${app}/tasks/${work.nineDays}`,
      `${app}/tasks/${work.twoDays}`,
      `${app}/tasks/${work.dueSoon}`,
      `${app}/dialogues/${work.session.id}?issue=${work.conclusion.id}#issue-${work.conclusion.id}`,
    ]);

    clockAt(monday0900);
    // The API answers what the page shows, from the same verb.
    const today = await ok(await signIn(d, "unit_head").get("/me/today"), TodaysWork);
    const head = today.unitHead;
    expect(head?.groups.map((group) => group.kind)).toEqual(["report", "task", "dialogue_conclusion"]);
    const listed = head?.groups.flatMap((group) => group.items) ?? [];
    expect(listed.map((i) => ({ path: i.path, overdue: i.overdue ? String(i.workingDaysOverdue) : "soon" }))).toEqual(
      expected,
    );
    expect(head?.later.map((item) => item.id)).toEqual([work.later]);
    expect(head).toMatchObject({ unitId: d.communeUnitId, overdue: 4, dueSoon: 1, unitIds: [d.communeUnitId] });
    expect([today.hotline, today.partyOffice, today.inspector, today.leadership]).toEqual([null, null, null, null]);

    const html = await homeOf(d, "unit_head");
    const [now, later] = html.split("Việc sắp tới");
    expect(rowsIn(now ?? "").map(asTold)).toEqual(expected);
    expect(now).toContain("quá hạn 9 ngày làm việc");
    expect(now).toContain("24/11/2026");
    expect(now).toContain("còn 1 ngày"); // due Tuesday 8 Dec
    expect(rowsIn(later ?? "")).toEqual([{ path: `${app}/tasks/${work.later}`, badge: "còn 4 ngày" }]);
    // Figures: the overdue of each kind, the number linking to its list.
    expect(now).toMatch(new RegExp(`<a href="${app}/reports\\?overdue=true" aria-label="1 [^"]+">1</a>`));
    expect(now).toMatch(new RegExp(`<a href="${app}/tasks\\?due=overdue" aria-label="2 [^"]+">2</a>`));
    // Nothing from outside their subtree.
    expect(html).not.toContain(work.elsewhere);
    expect(html).not.toContain(work.elsewhereLater);
  });

  it("covers the units under theirs, and nothing outside their subtree", async () => {
    const d = await createAlertTenant();
    const at = new Date().toISOString();
    const hamlet = {
      id: newId(),
      tenantId: d.tenant.id,
      parentId: d.communeUnitId,
      kind: "other" as const,
      name: "Thôn Phú Lễ",
      code: `thon-${newId().slice(-6)}`,
      headEmail: `thon-${newId().slice(-6)}@${d.tenant.slug}.example`,
      createdAt: at,
      updatedAt: at,
    };
    await testDb().insert(units).values(hamlet);
    const hamletTask = await insertOpenTask(d, hamlet.id, endOfVnDay("2026-12-02"), "Việc của thôn");
    const hamletLater = await insertOpenTask(d, hamlet.id, endOfVnDay("2026-12-15"), "Thôn, còn hạn");
    const district = await insertOpenTask(d, d.districtUnitId, endOfVnDay("2026-12-01"), "Việc của huyện");
    const other = await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2026-12-01"), "Việc của xã khác");
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);
    const [hamletDigest] = await outboxOf(d, hamlet.headEmail);

    clockAt(monday0900);
    const today = await ok(await signIn(d, "unit_head").get("/me/today"), TodaysWork);
    expect(today.unitHead?.unitIds.sort()).toEqual([d.communeUnitId, hamlet.id].sort());
    const listed = today.unitHead?.groups.flatMap((group) => group.items) ?? [];
    expect(listed.map((i) => ({ path: i.path, overdue: String(i.workingDaysOverdue) }))).toEqual(
      toldIn(hamletDigest?.bodyText ?? ""),
    );
    expect(listed.map((i) => i.id)).toEqual([hamletTask]);
    expect(today.unitHead?.later.map((i) => i.id)).toEqual([hamletLater]);
    const html = await homeOf(d, "unit_head");
    expect(html).toContain(`/tasks/${hamletTask}`);
    expect(html).not.toContain(district);
    expect(html).not.toContain(other);
  });

  it("says so plainly when nothing is due", async () => {
    const d = await createAlertTenant();
    const html = await homeOf(d, "unit_head");
    expect(html).toContain("Không có việc quá hạn hay sắp đến hạn.");
    expect(html).toContain("Không có việc nào khác đang chờ.");
    const en = new ConsoleBrowser(d.tenant.slug);
    await en.signIn(d.users.unit_head.email);
    expect((await en.get(`/t/${d.tenant.slug}/app?lang=en`)).html).toContain("Nothing overdue or due soon.");
  });
});

describe("the console home: the other roles", () => {
  it("a hotline officer sees a new unassigned report, then the reports overdue by unit", async () => {
    const d = await createAlertTenant();
    await insertCategory(d);
    const fresh = await insertReport(d, { status: "received", dueAt: endOfVnDay("2026-12-18") });
    const overdue = await insertReport(d, {
      status: "assigned",
      assignedUnitId: d.otherCommuneUnitId,
      dueAt: endOfVnDay("2026-12-02"),
    });
    clockAt(monday0900);
    const html = await homeOf(d, "hotline_officer");
    const app = `/t/${d.tenant.slug}/app`;
    expect(html).toMatch(
      new RegExp(`<a href="${app}/reports\\?status=received&amp;unassigned=true" aria-label="1 [^"]+">1</a>`),
    );
    expect(html).toMatch(new RegExp(`<a href="${app}/reports\\?overdue=true" aria-label="1 [^"]+">1</a>`));
    expect(html).toContain(`<a href="${app}/reports?unitId=${d.otherCommuneUnitId}&amp;overdue=true">1</a>`);
    const rows = rowsIn(html);
    expect(rows).toContainEqual({ path: `${app}/reports/${fresh.id}`, badge: "còn 9 ngày" });
    expect(rows).toContainEqual({ path: `${app}/reports/${overdue.id}`, badge: "quá hạn 3 ngày làm việc" });
    expect(html).toContain(fresh.trackingCode);
    expect(html).toContain("18/12/2026");
  });

  it("the party office sees an overdue task, the reminders to consider and this year's tracking book", async () => {
    const d = await createAlertTenant();
    const task = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-01"), "Báo cáo quý");
    const reminded = await signIn(d, "party_office").post(`/tasks/${task}/reminders`, aReminder(1));
    expect(reminded.status).toBe(201);
    clockAt(monday0900);
    const html = await homeOf(d, "party_office");
    const app = `/t/${d.tenant.slug}/app`;
    expect(html).toMatch(new RegExp(`<a href="${app}/tasks\\?due=overdue" aria-label="1 [^"]+">1</a>`));
    expect(html).toMatch(new RegExp(`<a href="${app}/tasks\\?due=soon" aria-label="0 [^"]+">0</a>`));
    expect(html).toMatch(new RegExp(`<a href="${app}/tracking-book\\?year=2026" aria-label="0 [^"]+">0</a>`));
    expect(html).toContain(`<a href="${app}/dialogues?conclusions=overdue"`);
    expect(rowsIn(html)).toContainEqual({ path: `${app}/tasks/${task}`, badge: "quá hạn 4 ngày làm việc" });
    // One written reminder of two: the next one puts the task in the tracking book.
    expect(html).toContain("1/2 lần: lần nhắc tới sẽ vào sổ theo dõi");
    expect(html).toContain("Không có kết luận nào quá hạn.");
  });

  it("an inspector sees a draft violation record", async () => {
    const d = await createAlertTenant();
    const people = await arrangeViolations(d);
    const draft = await recordThroughApi(signIn(d, "inspector"), [people.a.id], { draft: true });
    const issued = await recordThroughApi(signIn(d, "inspector"), [people.b.id]);
    const html = await homeOf(d, "inspector");
    const app = `/t/${d.tenant.slug}/app`;
    expect(html).toMatch(new RegExp(`<a href="${app}/violations\\?status=draft" aria-label="1 [^"]+">1</a>`));
    expect(html).toContain(`<a href="${app}/violations/${draft.id}">`);
    expect(html).not.toContain(`<a href="${app}/violations/${issued.id}">`);
    expect(html).toContain(`<a href="${app}/inspections?status=in_progress"`);
    expect(html).toContain("15/09/2026");
  });

  it("the leaders see the leadership digest: long overdue items, units without a head email, unassigned items", async () => {
    const d = await createAlertTenant();
    await setTenantSettings(d, { leadershipEmails: [`chu.tich@${d.tenant.slug}.example`] });
    await testDb().update(units).set({ headEmail: null }).where(eq(units.id, d.otherCommuneUnitId));
    await insertCategory(d);
    const longOverdue = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-11-19"), "Quá hạn lâu");
    const shortOverdue = await insertOpenTask(d, d.communeUnitId, endOfVnDay("2026-12-03"), "Quá hạn ngắn");
    const headless = await insertOpenTask(d, d.otherCommuneUnitId, endOfVnDay("2026-12-02"), "Đơn vị không có email");
    const unassigned = await insertReport(d, { status: "received", dueAt: endOfVnDay("2026-12-01") });
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);
    const [leaders] = await outboxOf(d, `chu.tich@${d.tenant.slug}.example`);

    clockAt(monday0900);
    const today = await ok(await signIn(d, "viewer").get("/me/today"), TodaysWork);
    const lead = today.leadership;
    const told = new Set(toldIn(leaders?.bodyText ?? "").map((item) => item.path));
    const shown = [
      ...(lead?.escalated.flatMap((u) => u.items) ?? []),
      ...(lead?.unitsWithoutHead.flatMap((u) => u.items) ?? []),
      ...(lead?.unassigned ?? []),
    ];
    expect(new Set(shown.map((item) => item.path))).toEqual(told);
    expect(lead?.escalated.flatMap((u) => u.items.map((i) => i.id))).toEqual([longOverdue]);
    expect(lead?.unitsWithoutHead.map((u) => u.unitName)).toEqual(["Xã Bình Chánh"]);
    expect(lead?.unassigned.map((i) => i.id)).toEqual([unassigned.id]);
    expect(lead?.byUnit.find((u) => u.unitId === d.otherCommuneUnitId)).toMatchObject({ hasHeadEmail: false });

    const html = await homeOf(d, "tenant_admin");
    const app = `/t/${d.tenant.slug}/app`;
    const escalated = html.slice(html.indexOf('id="escalated"'), html.indexOf('id="units-without-head"'));
    expect(rowsIn(escalated)).toEqual([{ path: `${app}/tasks/${longOverdue}`, badge: "quá hạn 12 ngày làm việc" }]);
    expect(escalated).not.toContain(shortOverdue);
    const withoutHead = html.slice(html.indexOf('id="units-without-head"'), html.indexOf('id="unassigned"'));
    expect(withoutHead).toContain("Xã Bình Chánh");
    expect(rowsIn(withoutHead).map((row) => row.path)).toEqual([`${app}/tasks/${headless}`]);
    expect(html).toMatch(/aria-label="1 đơn vị chưa có thư của thủ trưởng">1</);
    expect(html).toContain(`${app}/reports/${unassigned.id}`);
  });

  it("a user with two roles sees both sections", async () => {
    const d = await createAlertTenant();
    await testDb()
      .update(users)
      .set({ roles: ["hotline_officer", "inspector"] })
      .where(eq(users.id, d.users.hotline_officer.id));
    const html = await homeOf(d, "hotline_officer");
    expect(html).toContain('<h2 id="hotline">Tiếp nhận phản ánh</h2>');
    expect(html).toContain('<h2 id="inspector">Kiểm tra và biên bản vi phạm</h2>');
    expect(html).not.toContain('id="party-office"');
    expect(html).not.toContain('id="leadership"');
    expect(html).toContain("Không có phản ánh mới.");
  });
});

describe("the console home's cost", () => {
  it("is two database round trips (the session, then one batch), even for a user holding every role", async () => {
    const d = await createAlertTenant();
    await communeWork(d);
    await testDb()
      .update(users)
      .set({ roles: ["unit_head", "hotline_officer", "party_office", "inspector", "tenant_admin"] })
      .where(eq(users.id, d.users.unit_head.id));
    const browser = new ConsoleBrowser(d.tenant.slug);
    await browser.signIn(d.users.unit_head.email);
    const log = vi.spyOn(console, "log");
    const home = await browser.get(`/t/${d.tenant.slug}/app`);
    const lines = log.mock.calls.map(([line]) => String(line));
    log.mockRestore();
    expect(home.status).toBe(200);
    for (const id of ["unit-head", "hotline", "party-office", "inspector", "leadership"]) {
      expect(home.html).toContain(`<h2 id="${id}">`);
    }
    const request = lines
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; route: string | null; dbRoundTrips: number | null })
      .find((entry) => entry.msg === "request" && entry.route === "/t/:slug/app");
    expect(request?.dbRoundTrips).toBe(2);
  });
});

describe("digest links open their item after sign-in", () => {
  it("a link opened without a session goes to sign-in and, once signed in, back to the item", async () => {
    const d = await createAlertTenant();
    const work = await communeWork(d);
    await runAlertJobs([{ tenantId: d.tenant.id, scheduledTime: monday0730 }]);
    const [digest] = await outboxOf(d, d.heads.commune);
    const links = toldIn(digest?.bodyText ?? "").map((item) => item.path ?? "");
    const report = `/t/${d.tenant.slug}/app/reports/${work.report.id}`;
    const conclusion = `/t/${d.tenant.slug}/app/dialogues/${work.session.id}?issue=${work.conclusion.id}`;
    expect(links).toContain(report);
    expect(links).toContain(`${conclusion}#issue-${work.conclusion.id}`);
    // The round trip needs the item's page (console-reports builds /app/reports/{id}): the sign-in page
    // only sends people back to where a console page sent them from.
    const browser = new ConsoleBrowser(d.tenant.slug);
    const opened = await browser.get(report);
    expect(opened.status).toBe(303);
    expect(opened.location).toBe(`/t/${d.tenant.slug}/login?next=${encodeURIComponent(report)}`);
    const signedIn = await browser.signIn(d.users.unit_head.email, undefined, report);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe(report);
  });
});
