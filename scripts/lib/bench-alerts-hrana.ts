/**
 * Just enough of the Hrana protocol (libSQL over HTTP) for the alerts
 * benchmark: read the statements a `/v2/pipeline` request carries and the
 * `rows_read` sqld reports for each one, and send JSON pipelines straight to
 * sqld. `@libsql/client/http` 0.18 speaks JSON `/v2/pipeline` to sqld 0.24.32
 * (verified: it does not probe `/v3-protobuf`); a body in another encoding is
 * reported as undecoded rather than silently counted as nothing.
 */

/** A value as Hrana's JSON encoding writes it; what `/v2/pipeline` accepts as an argument. */
export type HranaValue =
  | { type: "null" }
  | { type: "integer"; value: string }
  | { type: "float"; value: number }
  | { type: "text"; value: string }
  | { type: "blob"; base64: string };

export interface HranaStatement {
  sql: string;
  args: HranaValue[];
}

/** What sqld answered for one statement. */
export interface StatementOutcome {
  rows: number;
  rowsRead: number;
  rowsWritten: number;
  /** sqld's own execution time for the statement (`query_duration_ms`). */
  durationMs: number;
  error?: string;
}

export function toHranaValue(value: unknown): HranaValue {
  if (value === null || value === undefined) return { type: "null" };
  if (typeof value === "bigint") return { type: "integer", value: value.toString() };
  if (typeof value === "boolean") return { type: "integer", value: value ? "1" : "0" };
  if (typeof value === "number")
    return Number.isInteger(value) ? { type: "integer", value: String(value) } : { type: "float", value };
  if (value instanceof Uint8Array) return { type: "blob", base64: Buffer.from(value).toString("base64") };
  return { type: "text", value: String(value) };
}

interface JsonStmt {
  sql?: string;
  sql_id?: number;
  args?: HranaValue[];
}
interface JsonRequest {
  type: string;
  stmt?: JsonStmt;
  batch?: { steps: { stmt: JsonStmt }[] };
  sql_id?: number;
  sql?: string;
}

/** The statements of a JSON pipeline request, in order, with `store_sql` texts resolved. */
export function requestStatements(body: Buffer): HranaStatement[] {
  if (body.length === 0) return [];
  const parsed = JSON.parse(body.toString("utf8")) as { requests?: JsonRequest[] };
  const stored = new Map<number, string>();
  const out: HranaStatement[] = [];
  const push = (stmt: JsonStmt) =>
    out.push({ sql: stmt.sql ?? stored.get(stmt.sql_id ?? -1) ?? "", args: stmt.args ?? [] });
  for (const request of parsed.requests ?? []) {
    if (request.type === "store_sql" && request.sql_id !== undefined) stored.set(request.sql_id, request.sql ?? "");
    if (request.type === "execute" && request.stmt) push(request.stmt);
    if (request.type === "batch") for (const step of request.batch?.steps ?? []) push(step.stmt);
  }
  return out;
}

interface JsonStmtResult {
  rows?: { type: string; value?: string | number }[][];
  rows_read?: number;
  rows_written?: number;
  query_duration_ms?: number;
}
interface JsonStreamResult {
  type: "ok" | "error";
  error?: { message: string };
  response?: {
    type: string;
    result?: JsonStmtResult & {
      step_results?: (JsonStmtResult | null)[];
      step_errors?: ({ message: string } | null)[];
    };
  };
}

function outcomeOf(result: JsonStmtResult): StatementOutcome {
  return {
    rows: result.rows?.length ?? 0,
    rowsRead: result.rows_read ?? 0,
    rowsWritten: result.rows_written ?? 0,
    durationMs: result.query_duration_ms ?? 0,
  };
}

const nothing = (error?: string): StatementOutcome => ({
  rows: 0,
  rowsRead: 0,
  rowsWritten: 0,
  durationMs: 0,
  ...(error ? { error } : {}),
});

/**
 * sqld's answer per statement, aligned with `requestStatements`: execute
 * results and batch steps in order (a skipped batch step counts as nothing).
 */
export function responseOutcomes(body: Buffer): StatementOutcome[] {
  if (body.length === 0) return [];
  const parsed = JSON.parse(body.toString("utf8")) as { results?: JsonStreamResult[] };
  const out: StatementOutcome[] = [];
  for (const result of parsed.results ?? []) {
    if (result.type === "error") out.push(nothing(result.error?.message ?? "error"));
    else if (result.response?.type === "execute" && result.response.result) out.push(outcomeOf(result.response.result));
    else if (result.response?.type === "batch") {
      const errors = result.response.result?.step_errors ?? [];
      (result.response.result?.step_results ?? []).forEach((step, i) => {
        const error = errors[i]?.message;
        out.push(step ? outcomeOf(step) : nothing(error));
      });
    }
  }
  return out;
}

export interface ExecutedStatement extends StatementOutcome {
  /** Each row as its columns' values (integers arrive as text in Hrana's JSON). */
  values: (string | number | null)[][];
}

/**
 * Runs statements in one `/v2/pipeline` request (one stream, each statement
 * in autocommit) straight against sqld, so the answer carries `rows_read`.
 */
export async function executeStatements(url: string, statements: HranaStatement[]): Promise<ExecutedStatement[]> {
  const res = await fetch(`${url}/v2/pipeline`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      requests: [...statements.map((stmt) => ({ type: "execute", stmt })), { type: "close" }],
    }),
    signal: AbortSignal.timeout(300_000),
  });
  if (!res.ok) throw new Error(`sqld answered ${res.status} to a pipeline: ${await res.text()}`);
  const body = (await res.json()) as { results: JsonStreamResult[] };
  return statements.map((stmt, i) => {
    const result = body.results[i];
    if (!result || result.type === "error" || !result.response?.result)
      throw new Error(`${result?.error?.message ?? "no answer"} in: ${stmt.sql.slice(0, 300)}`);
    const raw = result.response.result;
    return {
      ...outcomeOf(raw),
      values: (raw.rows ?? []).map((row) => row.map((cell) => (cell.type === "null" ? null : (cell.value ?? null)))),
    };
  });
}
