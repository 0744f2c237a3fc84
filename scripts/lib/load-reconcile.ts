import { createClient } from "@libsql/client/http";
import type { IntakeRecord } from "./load-workload";

export interface Reconciliation {
  /** What was checked, with its figures, one line each. */
  lines: string[];
  /** Every broken promise, one line each; empty when the database agrees with every answer. */
  failures: string[];
}

interface StoredReport {
  trackingCode: string;
  status: string;
}

/**
 * Reads the database directly (sqld, not through the Worker) and checks it
 * against every answer the load run got: each intake answered 201 (first
 * time or replayed) is stored exactly once, under the tracking code every
 * answer for it carried; a keyed intake has one idempotency record naming
 * that code; an intake never answered 201 (429 and other refusals) stored
 * nothing; every report the staff moved has the status their last 200 gave.
 * Rows are matched by the run's marker in the description, `[load <run> <nonce>]`.
 */
export async function reconcileLoad(input: {
  sqldUrl: string;
  slug: string;
  runId: string;
  intakes: readonly IntakeRecord[];
  moved: ReadonlyMap<string, string>;
}): Promise<Reconciliation> {
  const db = createClient({ url: input.sqldUrl });
  try {
    const [tenant] = (await db.execute({ sql: "select id from tenants where slug = ?", args: [input.slug] })).rows;
    const tenantId = String(tenant?.id);
    const marker = `[load ${input.runId} `;
    const reportRows = await db.execute({
      sql: "select tracking_code, status, description from reports where tenant_id = ? and instr(description, ?) > 0",
      args: [tenantId, marker],
    });
    const byNonce = new Map<string, StoredReport[]>();
    for (const row of reportRows.rows) {
      const nonce = /\[load \S+ (\S+)\]$/.exec(String(row.description))?.[1] ?? "?";
      const list = byNonce.get(nonce) ?? [];
      list.push({ trackingCode: String(row.tracking_code), status: String(row.status) });
      byNonce.set(nonce, list);
    }
    const keyRows = await db.execute({
      sql: "select key, response_body from idempotency_keys where tenant_id = ? and key like ?",
      args: [tenantId, `load-${input.runId}-%`],
    });
    const keyCodes = new Map<string, string[]>();
    for (const row of keyRows.rows) {
      const code = (JSON.parse(String(row.response_body)) as { trackingCode: string }).trackingCode;
      keyCodes.set(String(row.key), [...(keyCodes.get(String(row.key)) ?? []), code]);
    }
    return check(input, byNonce, keyCodes, reportRows.rows.length);
  } finally {
    db.close();
  }
}

function check(
  input: { intakes: readonly IntakeRecord[]; moved: ReadonlyMap<string, string> },
  byNonce: Map<string, StoredReport[]>,
  keyCodes: Map<string, string[]>,
  storedRows: number,
): Reconciliation {
  const failures: string[] = [];
  let accepted = 0;
  let replays = 0;
  let lost = 0;
  let duplicated = 0;
  let refusedIntakes = 0;
  let refusedWithRows = 0;
  let unknownOutcome = 0;
  let keyed = 0;
  let retriedKeys = 0;
  let keysMatching = 0;
  let limitedAnswers = 0;
  let limitedIntakes = 0;
  const fail = (line: string) => {
    if (failures.length < 50) failures.push(line);
  };
  const statusByCode = new Map<string, string>();
  for (const rows of byNonce.values()) for (const row of rows) statusByCode.set(row.trackingCode, row.status);
  for (const intake of input.intakes) {
    const rows = byNonce.get(intake.nonce) ?? [];
    byNonce.delete(intake.nonce);
    const answeredCodes = new Set(
      intake.attempts.flatMap((a) => (a.status === 201 && a.trackingCode ? [a.trackingCode] : [])),
    );
    replays += intake.attempts.filter((a) => a.status === 201 && a.replayed).length;
    if (intake.key) {
      keyed++;
      if (intake.attempts.length > 1) retriedKeys++;
    }
    const statuses = intake.attempts.map((a) => a.status).join(",");
    limitedAnswers += intake.attempts.filter((a) => a.status === 429).length;
    if (answeredCodes.size > 0) {
      accepted++;
      if (answeredCodes.size > 1)
        fail(`${intake.nonce}: one report answered with ${answeredCodes.size} tracking codes`);
      if (rows.length === 0) {
        lost++;
        fail(`${intake.nonce} (${statuses}): answered 201, not in the database`);
      } else if (rows.length > 1) {
        duplicated++;
        fail(`${intake.nonce} (${statuses}): answered 201, stored ${rows.length} times`);
      } else if (!answeredCodes.has(rows[0]?.trackingCode ?? "")) {
        fail(`${intake.nonce}: stored as ${rows[0]?.trackingCode}, answered ${[...answeredCodes].join(", ")}`);
      }
      if (intake.key) {
        const codes = keyCodes.get(intake.key) ?? [];
        if (codes.length === 1 && answeredCodes.has(codes[0] ?? "")) keysMatching++;
        else {
          fail(`${intake.key}: idempotency records ${JSON.stringify(codes)}, answers ${[...answeredCodes].join(", ")}`);
        }
      }
    } else if (intake.attempts.every((a) => a.status >= 400 && a.status < 500)) {
      // Refused (429 over the limit, or any other 4xx): nothing may have been written.
      refusedIntakes++;
      if (intake.attempts.every((a) => a.status === 429)) limitedIntakes++;
      if (rows.length > 0 || (intake.key && keyCodes.has(intake.key))) {
        refusedWithRows++;
        fail(`${intake.nonce} (${statuses}): refused, yet ${rows.length} report(s) stored`);
      }
    } else {
      // A 5xx or a network error and no 201: either outcome is possible; the 5xx already fails the run.
      unknownOutcome++;
    }
  }
  const strays = [...byNonce.values()].reduce((n, rows) => n + rows.length, 0);
  if (strays > 0) fail(`${strays} report(s) carry this run's marker but no intake of the run made them`);

  let movedMatching = 0;
  for (const [code, status] of input.moved) {
    const actual = statusByCode.get(code);
    if (actual === status) movedMatching++;
    else fail(`report ${code}: staff got 200 for "${status}", the database says "${actual}"`);
  }
  return {
    lines: [
      `intakes answered 201: ${accepted} reports (${replays} further 201s were idempotent replays), ${storedRows} rows carry the run's marker`,
      `lost (answered 201, not stored): ${lost} · duplicated (stored twice): ${duplicated} · stored without a 201: ${strays}`,
      `Idempotency-Key intakes: ${keyed}, of which ${retriedKeys} sent 2–4 times; accepted keys with exactly one ` +
        `idempotency record naming the code every answer gave: ${keysMatching}`,
      `429 answers: ${limitedAnswers}; intakes never accepted: ${refusedIntakes} (${limitedIntakes} of them only ever ` +
        `answered 429), rows stored for them: ${refusedWithRows}`,
      ...(unknownOutcome > 0 ? [`intakes with only 5xx/network errors (outcome unknown): ${unknownOutcome}`] : []),
      `reports moved by staff: ${input.moved.size}, with the status their last 200 answered: ${movedMatching}`,
    ],
    failures,
  };
}
