import type { RowsReadSummary } from "./bench-alerts-plans";
import type { PhaseTraffic, StatementStats } from "./bench-alerts-tap";

/** What one cron → queue → outbox run of the alerts benchmark measured. */
export interface RunFigures {
  openItems: number;
  cronMs: number;
  plannedMs: number;
  sentMs: number;
  roundTrips: number;
  busy: number;
  phases: Map<string, PhaseTraffic>;
  statements: Map<string, StatementStats>;
  notifications: number;
  reads: RowsReadSummary;
}

export const n = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const seconds = (ms: number) => `${n(ms / 1000, 1)} s`;
const ratio = (a: number, b: number) => (a > 0 ? `${n(b / a, 2)}×` : "–");
const LABEL = 50;

/** One figure per run, side by side, with the last run's ratio to the first when `compare`. */
type Figure = [label: string, value: (r: RunFigures) => number, format: (v: number) => string, compare: boolean];

const emptyPhase: PhaseTraffic = {
  roundTrips: 0,
  roundTripMs: 0,
  statements: 0,
  rowsRead: 0,
  rowsWritten: 0,
  sqldMs: 0,
};

/** The runs side by side: timings, round trips, rows read, then per statement and per alert read. */
export function printComparison(runs: RunFigures[], tenants: number, growth: number): void {
  const phase = (r: RunFigures, name: string) => r.phases.get(name) ?? emptyPhase;
  const count = (v: number) => n(v);
  const perTenant = (v: number) => n(v / tenants, 1);
  const figures: Figure[] = [
    ["open items", (r) => r.openItems, count, true],
    ["cron request (find tenants, enqueue)", (r) => r.cronMs, (v) => `${n(v)} ms`, false],
    ["cron → every tenant planned", (r) => r.plannedMs, seconds, true],
    ["cron → every digest sent", (r) => r.sentMs, seconds, true],
    ["digests written to the outbox, all sent", (r) => r.notifications, count, false],
    ["database round trips (counting proxy)", (r) => r.roundTrips, count, true],
    ["  answered SQLITE_BUSY (retried by the client)", (r) => r.busy, count, false],
    ["  per tenant: planning (incl. the cron's)", (r) => phase(r, "planning").roundTrips, perTenant, true],
    ["  per tenant: sending", (r) => phase(r, "sending").roundTrips, perTenant, true],
    ["round-trip latency summed: planning", (r) => phase(r, "planning").roundTripMs, seconds, true],
    ["round-trip latency summed: sending", (r) => phase(r, "sending").roundTripMs, seconds, true],
    ["sqld execution time summed: planning", (r) => phase(r, "planning").sqldMs, seconds, true],
    ["sqld execution time summed: sending", (r) => phase(r, "sending").sqldMs, seconds, true],
    ["rows read by sqld, whole flow", (r) => phase(r, "planning").rowsRead + phase(r, "sending").rowsRead, count, true],
    ["  per tenant: planning (incl. the cron's)", (r) => phase(r, "planning").rowsRead, perTenant, true],
    ["  per tenant: sending", (r) => phase(r, "sending").rowsRead, perTenant, true],
    ["five alert reads per tenant: rows read, median", (r) => r.reads.rowsRead.median, count, true],
    ["  min", (r) => r.reads.rowsRead.min, count, false],
    ["  max", (r) => r.reads.rowsRead.max, count, false],
    ["five alert reads per tenant: rows returned", (r) => r.reads.rows.median, count, true],
    ["five alert reads per tenant: sqld ms, median", (r) => r.reads.sqldMs.median, (v) => n(v, 2), true],
  ];
  const names = runs.map((_, i) => (i === 0 ? "×1" : `×${growth}`));
  const compared = runs.length > 1;
  console.log(
    `\n${"".padEnd(LABEL)}${names.map((name) => name.padStart(14)).join("")}${compared ? "ratio".padStart(9) : ""}`,
  );
  for (const [label, value, format, compare] of figures) {
    const values = runs.map(value);
    const tail = compared && compare ? ratio(values[0] ?? 0, values.at(-1) ?? 0) : "";
    console.log(`${label.padEnd(LABEL)}${values.map((v) => format(v).padStart(14)).join("")}${tail.padStart(9)}`);
  }

  console.log("\nStatements the flow sent: calls × rows read per call (sqld's rows_read), sqld ms per call");
  for (const [sql, first] of runs[0]?.statements ?? []) {
    const cells = runs.map((r) => {
      const s = r.statements.get(sql);
      return (s ? `${n(s.calls)} × ${n(s.rowsRead / s.calls, 1)}, ${n(s.sqldMs / s.calls, 2)} ms` : "–").padStart(26);
    });
    console.log(`  ${first.label.slice(0, LABEL - 2).padEnd(LABEL - 2)}${cells.join("")}`);
  }

  console.log("\nThe five alert reads over all tenants, run again directly: rows read / rows returned, sqld time");
  for (const [name, first] of runs[0]?.reads.byQuery ?? []) {
    const cells = runs.map((r) => {
      const q = r.reads.byQuery.get(name);
      return `${n(q?.rowsRead ?? 0)} / ${n(q?.rows ?? 0)}, ${n(q?.sqldMs ?? 0)} ms`.padStart(28);
    });
    const last = runs.at(-1)?.reads.byQuery.get(name)?.rowsRead ?? 0;
    console.log(
      `  ${name.padEnd(LABEL - 2)}${cells.join("")}${compared ? ratio(first.rowsRead, last).padStart(9) : ""}`,
    );
  }
}
