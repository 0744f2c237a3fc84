import { AuditRecord } from "@kycuong/domain/audit";
import { TenantSettings } from "@kycuong/domain/tenants";
import { describe, expect, it } from "vitest";
import { apiClient, ok, pageOf, signIn } from "./fixtures/client";
import { expectProblem } from "./fixtures/problem";
import { createPlatformAdmin, createStaffTenant, type StaffTenant } from "./fixtures/staff";

function patchSettings(d: StaffTenant, body: unknown) {
  return signIn(d, "tenant_admin").patch("/settings", body);
}

async function readSettings(d: StaffTenant): Promise<TenantSettings> {
  return ok(await signIn(d, "tenant_admin").get("/settings"), TenantSettings);
}

async function settingsAudit(d: StaffTenant) {
  const page = await ok(
    await signIn(d, "tenant_admin").get(`/audit?entity=tenant&id=${d.tenant.id}`),
    pageOf(AuditRecord),
  );
  return page.items;
}

describe("tenant settings", () => {
  it("shows the defaults to anyone who may read settings", async () => {
    const d = await createStaffTenant();
    expect(await ok(await signIn(d, "viewer").get("/settings"), TenantSettings)).toEqual({
      trackingBookReminderThreshold: 2,
      dialogueConclusionDeadlineMonths: 2,
      onTheSpotTarget: 0.83,
      alertHourLocal: 7,
      alertWindowHours: 4,
      alertDueSoonWorkingDays: 2,
      escalationOverdueWorkingDays: 10,
      leadershipEmails: [],
      alertMaxAttempts: 8,
      reportDeadlineWorkingDays: { default: 10, urgent: 1, on_the_spot: 3 },
      identityProvider: null,
      hotline: { allowedOrigins: [], turnstileSiteKey: null },
      console: { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 },
      privacy: { reporterDataRetentionDays: 365 },
      documents: { parentBodyName: null, placeName: null },
    });
    await expectProblem(await signIn(d, "unit_head").get("/settings"), 403, "forbidden");
  });

  it("a valid change persists, keeps the other settings, and is audited", async () => {
    const d = await createStaffTenant();
    const res = await patchSettings(d, {
      onTheSpotTarget: 0.9,
      reportDeadlineWorkingDays: { urgent: 2 },
    });
    await ok(res, TenantSettings);
    await ok(await patchSettings(d, { reportDeadlineWorkingDays: { dat_dai: 15 } }), TenantSettings);

    const settings = await readSettings(d);
    expect(settings).toMatchObject({
      onTheSpotTarget: 0.9,
      trackingBookReminderThreshold: 2,
    });
    // A record setting keeps the entries a patch does not name.
    expect(settings.reportDeadlineWorkingDays).toEqual({ default: 10, urgent: 2, on_the_spot: 3, dat_dai: 15 });

    const [latest, earlier] = await settingsAudit(d);
    expect(latest?.action).toBe("tenant.settings_updated");
    expect(Object.keys(latest?.changes ?? {})).toEqual(["reportDeadlineWorkingDays"]);
    expect(earlier?.changes).toMatchObject({
      onTheSpotTarget: [0.83, 0.9],
      reportDeadlineWorkingDays: [
        { default: 10, urgent: 1, on_the_spot: 3 },
        { default: 10, urgent: 2, on_the_spot: 3 },
      ],
    });
  });

  it("answers an invalid change with field errors and changes nothing", async () => {
    const d = await createStaffTenant();
    const cases: [unknown, string][] = [
      [{ onTheSpotTarget: 1.5 }, "body.onTheSpotTarget"],
      [{ alertHourLocal: 24 }, "body.alertHourLocal"],
      // Retired: the working calendar is the national one plus the tenant's own days (/calendar).
      [{ workingCalendar: { "2026": { holidays: ["2026-02-16"] } } }, "body"],
      [{ trackingBookReminderThreshold: 3, noSuchSetting: true }, "body"],
    ];
    for (const [body, path] of cases) {
      const problem = await expectProblem(await patchSettings(d, body), 400, "validation_failed");
      expect(problem.errors?.map((e) => e.path)).toContain(path);
    }
    expect(await readSettings(d)).toMatchObject({ onTheSpotTarget: 0.83, alertHourLocal: 7 });
    expect((await readSettings(d)).trackingBookReminderThreshold).toBe(2);
    expect(await settingsAudit(d)).toEqual([]);
  });

  it("only a role with settings:write may change them", async () => {
    const d = await createStaffTenant();
    await expectProblem(await signIn(d, "viewer").patch("/settings", { alertHourLocal: 8 }), 403, "forbidden");
    expect((await readSettings(d)).alertHourLocal).toBe(7);
  });

  it("never loses one of two changes saved at the same moment: both land, or the later is refused with 409", async () => {
    const d = await createStaffTenant();
    for (let round = 0; round < 5; round++) {
      const hour = 5 + round;
      const target = 0.8 + round / 100;
      const [a, b] = await Promise.all([
        patchSettings(d, { alertHourLocal: hour }),
        patchSettings(d, { onTheSpotTarget: target }),
      ]);
      for (const res of [a, b]) {
        expect([200, 409]).toContain(res.status);
        if (res.status === 200) await ok(res, TenantSettings);
        else await expectProblem(res, 409, "settings_changed");
      }
      const now = await readSettings(d);
      if (a.status === 200) expect(now.alertHourLocal).toBe(hour);
      if (b.status === 200) expect(now.onTheSpotTarget).toBe(target);
    }
  });
});

/** The tenant's settings API as a fresh platform admin. */
async function asPlatformAdmin(d: StaffTenant) {
  const admin = await createPlatformAdmin();
  return apiClient({ base: `/v1/tenants/${d.tenant.slug}/settings`, token: () => admin.token() });
}

const provider = (issuer: string, jwksUrl = `${issuer}/.well-known/jwks.json`) => ({
  issuer,
  audience: "kycuong",
  jwksUrl,
  algorithms: ["RS256"],
  accountClaim: "email",
});

describe("the tenant's identity provider (issue 13, defect 4)", () => {
  it("is not the tenant admin's to change: 403, and nothing of the update is written", async () => {
    const d = await createStaffTenant();
    const res = await patchSettings(d, {
      alertHourLocal: 9,
      identityProvider: provider("https://keys-i-hold.example"),
    });
    await expectProblem(res, 403, "forbidden");
    expect(await readSettings(d)).toMatchObject({ alertHourLocal: 7, identityProvider: null });
    expect(await settingsAudit(d)).toEqual([]);

    // Removing one is a change too.
    const admin = await asPlatformAdmin(d);
    await ok(await admin.patch("", { identityProvider: provider("https://sso.quangngai.gov.vn") }), TenantSettings);
    await expectProblem(await patchSettings(d, { identityProvider: null }), 403, "forbidden");
    expect((await readSettings(d)).identityProvider?.issuer).toBe("https://sso.quangngai.gov.vn");
  });

  it("lets a tenant admin send it back unchanged with other settings (a saved form)", async () => {
    const d = await createStaffTenant();
    const res = await patchSettings(d, { alertHourLocal: 9, identityProvider: null });
    expect((await ok(res, TenantSettings)).alertHourLocal).toBe(9);
  });

  it("is changed by the platform admin, audited with the old and the new issuer", async () => {
    const d = await createStaffTenant();
    const admin = await asPlatformAdmin(d);
    await ok(await admin.patch("", { identityProvider: provider("https://sso.quangngai.gov.vn") }), TenantSettings);
    await ok(await admin.patch("", { identityProvider: provider("https://sso2.quangngai.gov.vn") }), TenantSettings);
    expect((await readSettings(d)).identityProvider?.issuer).toBe("https://sso2.quangngai.gov.vn");

    const changes = (await settingsAudit(d)).filter((entry) => entry.action === "tenant.identity_provider_changed");
    const issuers = changes.map((entry) => {
      const [before, after] = (entry.changes?.identityProvider ?? []) as [
        { issuer: string } | null,
        { issuer: string },
      ];
      return [before?.issuer ?? null, after.issuer];
    });
    expect(issuers).toEqual([
      ["https://sso.quangngai.gov.vn", "https://sso2.quangngai.gov.vn"],
      [null, "https://sso.quangngai.gov.vn"],
    ]);
  });

  it("takes only an https JWKS URL on a public host: 400 with the field, nothing written", async () => {
    const d = await createStaffTenant();
    const admin = await asPlatformAdmin(d);
    const refused = [
      "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
      "https://169.254.169.254/jwks.json",
      "http://sso.quangngai.gov.vn/jwks.json",
      "https://127.0.0.1/jwks.json",
      "https://2130706433/jwks.json",
      "https://10.0.0.5/jwks.json",
      "https://172.16.0.1/jwks.json",
      "https://192.168.1.1/jwks.json",
      "https://100.64.0.1/jwks.json",
      "https://0.0.0.0/jwks.json",
      "https://localhost/jwks.json",
      "https://sso.localhost/jwks.json",
      "https://[::1]/jwks.json",
      "https://[fe80::1]/jwks.json",
      "https://[fd00::1]/jwks.json",
      "https://[::ffff:169.254.169.254]/jwks.json",
      "https://user:secret@sso.quangngai.gov.vn/jwks.json",
      "ftp://sso.quangngai.gov.vn/jwks.json",
    ];
    for (const jwksUrl of refused) {
      const res = await admin.patch("", { identityProvider: provider("https://sso.quangngai.gov.vn", jwksUrl) });
      const problem = await expectProblem(res, 400, "validation_failed");
      expect(
        problem.errors?.map((e) => e.path),
        jwksUrl,
      ).toContain("body.identityProvider.jwksUrl");
    }
    expect((await readSettings(d)).identityProvider).toBeNull();
    expect(await settingsAudit(d)).toEqual([]);
  });
});
