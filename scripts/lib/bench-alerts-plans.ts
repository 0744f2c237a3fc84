import { executeStatements, type HranaStatement } from "./bench-alerts-hrana";

/** Tables whose size grows with the open items: reading them must be an index range on the tenant, never a scan. */
export const GUARDED_TABLES = [
  "reports",
  "tasks",
  "dialogue_issues",
  "violation_records",
  "violation_record_officials",
  "notifications",
] as const;
const guarded = new Set<string>(GUARDED_TABLES);

export interface PlanLine {
  depth: number;
  detail: string;
  /** "scan": a full scan of a guarded table; "loose": a search of one not keyed on the tenant or a primary key. */
  verdict: "ok" | "scan" | "loose";
}

function verdictOf(detail: string): PlanLine["verdict"] {
  const access = /^(SCAN|SEARCH) (\w+)(?: AS \w+)?(.*)$/.exec(detail);
  if (!access?.[2] || !guarded.has(access[2])) return "ok";
  if (access[1] === "SCAN") return "scan";
  const rest = access[3] ?? "";
  if (/\(tenant_id=\?/.test(rest)) return "ok";
  if (/USING (INTEGER )?PRIMARY KEY|sqlite_autoindex_\w+ \(id=\?\)/.test(rest)) return "ok";
  return "loose";
}

/** `EXPLAIN QUERY PLAN` of a statement with its arguments, run straight against sqld. */
export async function queryPlan(url: string, statement: HranaStatement): Promise<PlanLine[]> {
  const [result] = await executeStatements(url, [{ sql: `EXPLAIN QUERY PLAN ${statement.sql}`, args: statement.args }]);
  const depthOf = new Map<number, number>([[0, -1]]);
  return (result?.values ?? []).map(([id, parent, , detail]) => {
    const depth = (depthOf.get(Number(parent)) ?? -1) + 1;
    depthOf.set(Number(id), depth);
    return { depth, detail: String(detail), verdict: verdictOf(String(detail)) };
  });
}

export function printPlan(title: string, lines: PlanLine[]): void {
  console.log(`  ${title}`);
  if (lines.length === 0) console.log("      (no table access)");
  for (const line of lines) {
    const mark = line.verdict === "scan" ? "  ← FULL SCAN" : line.verdict === "loose" ? "  ← not keyed on tenant" : "";
    console.log(`      ${"  ".repeat(line.depth)}${line.detail}${mark}`);
  }
}

export interface RowsReadSummary {
  tenants: number;
  /** Per tenant, the five reads summed: sqld's `rows_read`. */
  rowsRead: { min: number; median: number; max: number; total: number };
  /** Per tenant, the five reads summed: rows returned (the items due by the horizon, per unit for correctives). */
  rows: { min: number; median: number; max: number; total: number };
  /** Per tenant, the five reads summed: sqld's execution time in ms. */
  sqldMs: { min: number; median: number; max: number; total: number };
  /** Per query, summed over all tenants. */
  byQuery: Map<string, { rowsRead: number; rows: number; sqldMs: number }>;
}

function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    max: sorted.at(-1) ?? 0,
    total: values.reduce((sum, v) => sum + v, 0),
  };
}

/** Runs each tenant's five alert reads once, straight against sqld, and sums what sqld says they read. */
export async function rowsReadPerTenant(
  url: string,
  tenantIds: string[],
  queriesFor: (tenantId: string) => Record<string, HranaStatement>,
): Promise<RowsReadSummary> {
  const read: number[] = [];
  const returned: number[] = [];
  const ms: number[] = [];
  const byQuery = new Map<string, { rowsRead: number; rows: number; sqldMs: number }>();
  for (const tenantId of tenantIds) {
    const queries = Object.entries(queriesFor(tenantId));
    const results = await executeStatements(
      url,
      queries.map(([, stmt]) => stmt),
    );
    read.push(results.reduce((sum, r) => sum + r.rowsRead, 0));
    returned.push(results.reduce((sum, r) => sum + r.rows, 0));
    ms.push(results.reduce((sum, r) => sum + r.durationMs, 0));
    queries.forEach(([name], i) => {
      const entry = byQuery.get(name) ?? { rowsRead: 0, rows: 0, sqldMs: 0 };
      entry.rowsRead += results[i]?.rowsRead ?? 0;
      entry.rows += results[i]?.rows ?? 0;
      entry.sqldMs += results[i]?.durationMs ?? 0;
      byQuery.set(name, entry);
    });
  }
  return { tenants: tenantIds.length, rowsRead: spread(read), rows: spread(returned), sqldMs: spread(ms), byQuery };
}
