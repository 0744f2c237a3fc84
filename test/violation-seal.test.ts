import { env, reset } from "cloudflare:test";
import {
  correctiveReports,
  violationEvidence,
  violationRecordEvents,
  violationRecordOfficials,
  violationRecords,
  violationRecordVersions,
} from "@kycuong/db";
import { InspectionTeam } from "@kycuong/domain/inspections";
import { VerifyResult, ViolationRecord } from "@kycuong/domain/violations";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { type ApiClient, created, ok, signIn } from "./fixtures/client";
import { testDb } from "./fixtures/db";
import { createTeamAndTemplate } from "./fixtures/inspections";
import { createStaffTenant } from "./fixtures/staff";
import { aRecord, arrangeViolations, decideThroughApi, recordThroughApi } from "./fixtures/violations";

// R2 is not isolated between tests under the vitest plugin.
afterEach(async () => {
  await reset();
});

const png = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);

async function setup() {
  const d = await createStaffTenant();
  const people = await arrangeViolations(d);
  return { d, people, inspector: signIn(d, "inspector") };
}

function verify(as: ApiClient, id: string, query = "") {
  return as.get(`/violations/${id}/verify${query}`).then((res) => ok(res, VerifyResult));
}

async function issuedWithEvidence(inspector: ApiClient, officialIds: string[]) {
  const draft = await recordThroughApi(inspector, officialIds, { draft: true });
  const form = new FormData();
  form.append("files", new File([png], "anh.png", { type: "image/png" }));
  expect((await inspector.post(`/violations/${draft.id}/evidence`, form)).status).toBe(201);
  return ok(await inspector.post(`/violations/${draft.id}/issue`), ViolationRecord);
}

describe("a violation record cannot be re-sealed without the seal key", () => {
  it("a record changed and re-hashed in both tables behind the API does not verify", async () => {
    const { people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id]);
    expect((await verify(inspector, record.id)).intact).toBe(true);

    const db = testDb();
    await db
      .update(violationRecords)
      .set({ description: "Không có vi phạm nào." })
      .where(eq(violationRecords.id, record.id));
    // Whoever can write to the database can also compute the SHA-256 (verify even tells them).
    const rehashed = (await verify(inspector, record.id)).computedHash;
    await db.batch([
      db.update(violationRecords).set({ contentHash: rehashed }).where(eq(violationRecords.id, record.id)),
      db
        .update(violationRecordVersions)
        .set({ contentHash: rehashed })
        .where(eq(violationRecordVersions.recordId, record.id)),
    ]);
    const check = await verify(inspector, record.id);
    expect(check.intact).toBe(false);
    expect(check.findings).toContain("signature_invalid");
  });

  it("who issued it, when, and the corrective deadline are sealed: each changed in the database does not verify", async () => {
    const { people, inspector } = await setup();
    const changes = {
      issuedBy: { issuedBy: people.b.id },
      issuedAt: { issuedAt: "2020-01-01T00:00:00.000Z" },
      correctiveDueAt: { correctiveDueAt: "2099-12-31T16:59:59.999Z" },
    };
    for (const [field, change] of Object.entries(changes)) {
      const record = await recordThroughApi(inspector, [people.a.id]);
      await testDb().update(violationRecords).set(change).where(eq(violationRecords.id, record.id));
      expect({ field, intact: (await verify(inspector, record.id)).intact }).toEqual({ field, intact: false });
    }
  });

  it("the evidence's storage key is sealed: pointing it at another object does not verify", async () => {
    const { people, inspector } = await setup();
    const record = await issuedWithEvidence(inspector, [people.a.id]);
    await testDb()
      .update(violationEvidence)
      .set({ r2Key: `tenants/elsewhere/violations/${record.id}/other` })
      .where(eq(violationEvidence.recordId, record.id));
    expect((await verify(inspector, record.id)).intact).toBe(false);
  });

  it("a signature or a decision changed in the database breaks the follow-up chain", async () => {
    const { people, inspector } = await setup();
    const signed = await recordThroughApi(inspector, [people.a.id]);
    await inspector.post(`/violations/${signed.id}/officials/${people.a.id}/signature`, {
      signature: "refused",
      witnessedBy: "Trần Văn Chứng",
    });
    expect((await verify(inspector, signed.id)).intact).toBe(true);
    await testDb()
      .update(violationRecordOfficials)
      .set({ signature: "signed", refusalWitnessedBy: null })
      .where(eq(violationRecordOfficials.recordId, signed.id));
    const afterSignature = await verify(inspector, signed.id);
    expect(afterSignature.intact).toBe(false);
    expect(afterSignature.findings).toContain("follow_up_changed");

    const decided = await recordThroughApi(inspector, [people.a.id]);
    const decision = await decideThroughApi(inspector, decided.id, people.a.id, { decisionDocNumber: "12/QĐ-UBND" });
    expect(decision.status).toBe(200);
    expect((await verify(inspector, decided.id)).intact).toBe(true);
    await testDb()
      .update(violationRecordOfficials)
      .set({ decision: "no_action" })
      .where(
        and(eq(violationRecordOfficials.recordId, decided.id), eq(violationRecordOfficials.officialId, people.a.id)),
      );
    expect((await verify(inspector, decided.id)).intact).toBe(false);
  });

  it("a corrective report removed from the database breaks the follow-up chain", async () => {
    const { d, people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id]);
    const reported = await inspector.post(`/violations/${record.id}/corrective-reports`, {
      unitId: d.communeUnitId,
      body: "Đã tổ chức kiểm điểm, chấn chỉnh toàn đơn vị.",
    });
    expect(reported.status).toBe(201);
    expect((await verify(inspector, record.id)).intact).toBe(true);
    await testDb().delete(correctiveReports).where(eq(correctiveReports.recordId, record.id));
    expect((await verify(inspector, record.id)).intact).toBe(false);
  });
});

describe("the seal can be checked by anyone with the public keys", () => {
  it("publishes the seal keys, old ones too, and the printed hash's signature checks offline with them", async () => {
    const { people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id]);
    const res = await api("/.well-known/seal-keys.json");
    expect(res.status).toBe(200);
    const { keys } = (await res.json()) as { keys: (JsonWebKey & { kid: string })[] };
    expect(keys.map((k) => k.kid)).toEqual(["seal-test-current", "seal-test-previous"]);
    expect(keys.every((k) => !("d" in k))).toBe(true);

    // What docs/inspections-and-violations.md tells a reader to do with the printed hash.
    const check = await verify(inspector, record.id);
    const key = keys.find((k) => k.kid === check.keyId) as JsonWebKey;
    const publicKey = await crypto.subtle.importKey("jwk", key, { name: "ECDSA", namedCurve: "P-256" }, false, [
      "verify",
    ]);
    const signature = Uint8Array.from(atob((check.signature ?? "").replace(/-/g, "+").replace(/_/g, "/")), (c) =>
      c.charCodeAt(0),
    );
    const valid = (hash: string) =>
      crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, publicKey, signature, new TextEncoder().encode(hash));
    expect(await valid(record.contentHash ?? "")).toBe(true);
    expect(await valid("0".repeat(64))).toBe(false);
  });

  it("a record sealed before keys says so: sealedWithKey false, never intact", async () => {
    const { people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id]);
    // As a record issued before the migration: no signature, the older content format.
    await testDb()
      .update(violationRecordVersions)
      .set({ sealSignature: null, sealKid: null })
      .where(eq(violationRecordVersions.recordId, record.id));
    const check = await verify(inspector, record.id);
    expect(check).toMatchObject({ intact: false, sealedWithKey: false, keyId: null });
    expect(check.findings).toContain("not_sealed_with_key");
  });

  it("verify?deep=true re-reads each evidence file and finds bytes changed in storage", async () => {
    const { d, people, inspector } = await setup();
    const record = await issuedWithEvidence(inspector, [people.a.id]);
    expect(await verify(inspector, record.id, "?deep=true")).toMatchObject({
      intact: true,
      evidence: { checked: 1, changed: [] },
    });
    const [stored] = (await env.ATTACHMENTS.list({ prefix: `tenants/${d.tenant.id}/violations/` })).objects;
    await env.ATTACHMENTS.put(stored?.key ?? "", new TextEncoder().encode("other bytes"));
    expect((await verify(inspector, record.id)).intact).toBe(true);
    const deep = await verify(inspector, record.id, "?deep=true");
    expect(deep).toMatchObject({ intact: false, evidence: { checked: 1, changed: [record.evidence[0]?.id] } });
    expect(deep.findings).toEqual(["evidence_changed"]);
  });

  it("reports the first broken link of the event chain", async () => {
    const { people, inspector } = await setup();
    const record = await recordThroughApi(inspector, [people.a.id, people.b.id]);
    await inspector.post(`/violations/${record.id}/officials/${people.a.id}/explanation-request`);
    await inspector.post(`/violations/${record.id}/officials/${people.b.id}/explanation-request`);
    expect((await verify(inspector, record.id)).chain).toEqual({ events: 3, firstBrokenAt: null });
    await testDb()
      .update(violationRecordEvents)
      .set({ detail: { officialId: people.b.id, status: "explanation_requested" } })
      .where(and(eq(violationRecordEvents.recordId, record.id), eq(violationRecordEvents.sequence, 2)));
    const check = await verify(inspector, record.id);
    expect(check).toMatchObject({ intact: false, chain: { events: 3, firstBrokenAt: 2 } });
    expect(check.findings).toContain("chain_broken");
  });
});

describe("a record is numbered at issue per team and year", () => {
  it("numbers records 1, 2 … in each team's series, printed as Số: n/BB-TKT20 with the team's own symbol", async () => {
    const { d, people, inspector } = await setup();
    const { team } = await createTeamAndTemplate(d);
    expect(team.recordSymbol).toBe("BB-TKT20");
    const started = await inspector.post("/inspections", {
      teamId: team.id,
      kind: "surprise",
      targetUnitIds: [d.communeUnitId],
    });
    expect(started.status).toBe(201);
    const inspection = (await started.json()) as { id: string };
    const issueFor = async (inspectionId: string | null) => {
      const draft = await created(
        await inspector.post("/violations", aRecord([people.a.id], inspectionId ? { inspectionId } : {})),
        ViolationRecord,
      );
      expect(draft.number).toBeNull();
      return ok(await inspector.post(`/violations/${draft.id}/issue`), ViolationRecord);
    };
    expect((await issueFor(inspection.id)).number).toBe("1/BB-TKT20");
    expect((await issueFor(null)).number).toBe("1/BB");
    expect((await issueFor(inspection.id)).number).toBe("2/BB-TKT20");

    const renamed = await inspector.patch(`/inspection-teams/${team.id}`, { recordSymbol: "BB-TKT" });
    expect((await ok(renamed, InspectionTeam)).recordSymbol).toBe("BB-TKT");
    const third = await issueFor(inspection.id);
    expect(third.number).toBe("3/BB-TKT");
    const printed = await (await inspector.get(`/violations/${third.id}/print`)).text();
    expect(printed).toContain("Số: 3/BB-TKT");
    const bad = await inspector.patch(`/inspection-teams/${team.id}`, { recordSymbol: "bb tkt" });
    expect(bad.status).toBe(400);
  });

  it("records issued at the same moment get consecutive numbers, none twice, none skipped", async () => {
    const { people, inspector } = await setup();
    const drafts = await Promise.all(
      [1, 2, 3, 4].map(async () =>
        created(await inspector.post("/violations", aRecord([people.a.id])), ViolationRecord),
      ),
    );
    const issued = await Promise.all(drafts.map((r) => inspector.post(`/violations/${r.id}/issue`)));
    expect(issued.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const numbers = await Promise.all(issued.map(async (r) => (await ok(r, ViolationRecord)).number));
    expect(numbers.sort()).toEqual(["1/BB", "2/BB", "3/BB", "4/BB"]);
  });
});
