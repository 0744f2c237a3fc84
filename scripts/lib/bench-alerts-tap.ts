import { createServer, type Server } from "node:http";
import { type HranaStatement, requestStatements, responseOutcomes } from "./bench-alerts-hrana";

/** Round trips and sqld's own counters for one phase of the flow. */
export interface PhaseTraffic {
  roundTrips: number;
  /** The round trips' latencies seen from here, summed (they overlap when requests run in parallel). */
  roundTripMs: number;
  statements: number;
  rowsRead: number;
  rowsWritten: number;
  /** sqld's execution time of the statements, summed. */
  sqldMs: number;
}

/** One distinct SQL text the Worker sent, with the arguments of its first call (to EXPLAIN it later). */
export interface StatementStats {
  label: string;
  example: HranaStatement;
  calls: number;
  rowsRead: number;
  rows: number;
  sqldMs: number;
}

/** What the Worker asked of sqld while `recording`, per phase and per distinct statement. */
export interface StatementTap {
  recording: boolean;
  phases: Map<string, PhaseTraffic>;
  bySql: Map<string, StatementStats>;
  /** Statement errors sqld answered (SQLITE_BUSY, constraint failures …). */
  errors: string[];
  /** Requests whose body was not a JSON pipeline, so nothing could be read from them. */
  undecoded: number;
  /** Requests sqld has not answered yet: when each was sent, and its first statement. */
  inFlight: Set<{ since: number; sql: string }>;
}

const transactionControl = /^\s*(begin|commit|rollback)\b/i;

/** The statement without its parenthesised parts (subqueries, column lists). */
function topLevel(sql: string): string {
  let depth = 0;
  let out = "";
  for (const ch of sql) {
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** A short readable name: `select reports ⋈ units ⋈ report_categories`, `update notifications set attempts`. */
export function statementLabel(sql: string): string {
  const outer = topLevel(sql);
  const verb = /^\s*(select|insert into|update|delete from)\s/i.exec(outer)?.[1]?.toLowerCase();
  if (!verb) return outer.trim().split(/\s+/)[0] ?? "?";
  if (verb === "select") {
    const tables = [...outer.matchAll(/\b(?:from|join) "(\w+)"/g)].map((m) => m[1]);
    return `select ${tables.join(" ⋈ ")}${/\(select\b/i.test(sql) ? " + subqueries" : ""}`;
  }
  const table = /^\s*(?:insert into|update|delete from) "(\w+)"/i.exec(outer)?.[1] ?? "?";
  if (verb !== "update") return `${verb.split(" ")[0]} ${table}`;
  const assigned = /\bset (.*?)(?: where |$)/.exec(outer)?.[1] ?? "";
  const columns = [...assigned.matchAll(/"(\w+)" =/g)].map((m) => m[1]).filter((c) => c !== "updated_at");
  return `update ${table} set ${columns.join(", ")}`;
}

/**
 * A pass-through HTTP proxy in front of sqld that reads the Hrana pipelines
 * crossing it: which statements the Worker sent, in which phase (`classify`
 * names it from the request's statements), and the rows sqld says each one
 * read and wrote. Used behind the counting proxy, so each round trip crosses
 * both; the extra loopback hop costs the same in every run it compares.
 */
export async function startStatementTap(
  target: string,
  classify: (statements: HranaStatement[]) => string,
  timeoutMs: number,
): Promise<{ url: string; server: Server; tap: StatementTap }> {
  const tap: StatementTap = {
    recording: false,
    phases: new Map(),
    bySql: new Map(),
    errors: [],
    undecoded: 0,
    inFlight: new Set(),
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const started = performance.now();
    const pending = { since: started, sql: firstStatement(body) };
    tap.inFlight.add(pending);
    try {
      const upstream = await fetch(`${target}${req.url}`, {
        method: req.method ?? "GET",
        headers: { "content-type": req.headers["content-type"] ?? "application/json" },
        ...(body.length > 0 ? { body } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const answer = Buffer.from(await upstream.arrayBuffer());
      if (tap.recording && req.url?.endsWith("/pipeline"))
        record(tap, classify, body, answer, req.headers, performance.now() - started);
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
      res.end(answer);
    } catch (error) {
      console.error(`tap: ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : error}`);
      res.writeHead(502).end();
    } finally {
      tap.inFlight.delete(pending);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, server, tap };
}

function firstStatement(body: Buffer): string {
  try {
    const statements = requestStatements(body).filter((s) => !transactionControl.test(s.sql));
    return statements[0] ? statementLabel(statements[0].sql) : "(no statement)";
  } catch {
    return "(not a JSON pipeline)";
  }
}

/** What sqld still owes an answer to, oldest first: for the message when a run stops making progress. */
export function describeInFlight(tap: StatementTap): string {
  const now = performance.now();
  const waiting = [...tap.inFlight].sort((a, b) => a.since - b.since);
  if (waiting.length === 0) return "no database request is waiting for sqld";
  const oldest = waiting
    .slice(0, 3)
    .map((r) => `${r.sql} (${((now - r.since) / 1000).toFixed(0)} s)`)
    .join("; ");
  return `${waiting.length} database requests wait for sqld, oldest: ${oldest}`;
}

function record(
  tap: StatementTap,
  classify: (statements: HranaStatement[]) => string,
  body: Buffer,
  answer: Buffer,
  headers: { "content-type"?: string | undefined },
  ms: number,
): void {
  if (!(headers["content-type"] ?? "application/json").includes("json")) {
    tap.undecoded++;
    return;
  }
  const statements = requestStatements(body);
  const outcomes = responseOutcomes(answer);
  const phaseName = classify(statements);
  const phase = tap.phases.get(phaseName) ?? {
    roundTrips: 0,
    roundTripMs: 0,
    statements: 0,
    rowsRead: 0,
    rowsWritten: 0,
    sqldMs: 0,
  };
  tap.phases.set(phaseName, phase);
  phase.roundTrips++;
  phase.roundTripMs += ms;
  statements.forEach((statement, i) => {
    const outcome = outcomes[i];
    if (outcome?.error) tap.errors.push(`${outcome.error} in: ${statement.sql.slice(0, 120)}`);
    phase.rowsRead += outcome?.rowsRead ?? 0;
    phase.rowsWritten += outcome?.rowsWritten ?? 0;
    phase.sqldMs += outcome?.durationMs ?? 0;
    if (transactionControl.test(statement.sql)) return;
    phase.statements++;
    const stats = tap.bySql.get(statement.sql) ?? {
      label: statementLabel(statement.sql),
      example: statement,
      calls: 0,
      rowsRead: 0,
      rows: 0,
      sqldMs: 0,
    };
    tap.bySql.set(statement.sql, stats);
    stats.calls++;
    stats.rowsRead += outcome?.rowsRead ?? 0;
    stats.rows += outcome?.rows ?? 0;
    stats.sqldMs += outcome?.durationMs ?? 0;
  });
}

export function resetTap(tap: StatementTap): void {
  tap.phases.clear();
  tap.bySql.clear();
  tap.errors.length = 0;
  tap.undecoded = 0;
}
