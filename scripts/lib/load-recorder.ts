import { formatTable, percentile } from "./bench-stats";

/** One HTTP answer as the load benchmark saw it; `status` 0 is a network error or a timeout. */
export interface Answer {
  status: number;
  body: string;
  headers: Headers;
}

/** An answer outside what the operation expects, kept with enough of its body to see why. */
export interface Finding {
  op: string;
  method: string;
  path: string;
  status: number;
  detail: string;
}

interface OpStats {
  latencies: number[];
  statuses: Map<number, number>;
}

/**
 * Times every request of a load run by operation, counts answers by status,
 * and keeps each 5xx, network error and unexpected status as a finding. A
 * request that takes longer than `timeoutMs` counts as a network error
 * (status 0) instead of stalling the run.
 */
export class LoadRecorder {
  readonly ops = new Map<string, OpStats>();
  readonly findings: Finding[] = [];

  constructor(
    readonly baseUrl: string,
    readonly timeoutMs: number,
  ) {}

  async send(op: string, path: string, init: RequestInit, expected: readonly number[]): Promise<Answer> {
    const method = init.method ?? "GET";
    const started = performance.now();
    let answer: Answer;
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        redirect: "manual",
        ...init,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      answer = { status: res.status, body: await res.text(), headers: res.headers };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
      answer = {
        status: 0,
        body: `${error instanceof Error ? error.message : String(error)}${cause}`,
        headers: new Headers(),
      };
    }
    const stats: OpStats = this.ops.get(op) ?? { latencies: [], statuses: new Map() };
    this.ops.set(op, stats);
    stats.latencies.push(performance.now() - started);
    stats.statuses.set(answer.status, (stats.statuses.get(answer.status) ?? 0) + 1);
    if (!expected.includes(answer.status)) {
      this.findings.push({ op, method, path, status: answer.status, detail: answer.body.slice(0, 300) });
    }
    return answer;
  }

  /** Answers of one status across all operations. */
  count(predicate: (status: number) => boolean): number {
    let n = 0;
    for (const stats of this.ops.values()) for (const [status, k] of stats.statuses) if (predicate(status)) n += k;
    return n;
  }

  /** The per-operation table: count, throughput over `windowMs` (when given), p50/p95/p99 and answers by status. */
  table(windowMs?: number): string {
    const rows: string[][] = [["operation", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "answers by status"]];
    let total = 0;
    for (const [op, stats] of [...this.ops].sort(([a], [b]) => a.localeCompare(b))) {
      const n = stats.latencies.length;
      total += n;
      rows.push([
        op,
        String(n),
        windowMs ? ((n / windowMs) * 1000).toFixed(1) : "–",
        percentile(stats.latencies, 50).toFixed(0),
        percentile(stats.latencies, 95).toFixed(0),
        percentile(stats.latencies, 99).toFixed(0),
        [...stats.statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, k]) => `${status === 0 ? "network error" : status}×${k}`)
          .join(" "),
      ]);
    }
    const all = [...this.ops.values()].flatMap((stats) => stats.latencies);
    rows.push([
      "all",
      String(total),
      windowMs ? ((total / windowMs) * 1000).toFixed(1) : "–",
      percentile(all, 50).toFixed(0),
      percentile(all, 95).toFixed(0),
      percentile(all, 99).toFixed(0),
      "",
    ]);
    return formatTable(rows);
  }
}
