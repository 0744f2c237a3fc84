/**
 * Mixed load for a fixed time against the local stack (its own sqld and
 * `wrangler dev` with the demo data, on loopback), then a reconciliation of
 * every answer against the database. Virtual users file public reports
 * (without and with an Idempotency-Key, the keyed ones sometimes sent again,
 * at once or after the answer), a few shared addresses file past the rate
 * limit, the public follows reports by code and receipt and through Open311,
 * a hotline officer lists and moves reports on the API, and staff open
 * console pages after signing in through the real form.
 *
 * Prints, per operation: count, throughput, p50/p95/p99 and answers by
 * status. Exits non-zero on any 5xx or network error, any answer a
 * well-behaved client should not get, or any disagreement with the database.
 * A benchmark, not a test, and not in CI: it shares the machine's cores.
 *
 *   npm run bench:load -- [--duration 30] [--concurrency 16] [--seed 13]
 *   (or BENCH_LOAD_DURATION, BENCH_LOAD_CONCURRENCY, BENCH_LOAD_SEED)
 */
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { type BenchStack, startBenchStack } from "./lib/bench-stack";
import { reconcileLoad } from "./lib/load-reconcile";
import { LoadRecorder } from "./lib/load-recorder";
import { LOAD_SLUG, type LoadRun, seededRandom, VirtualUser } from "./lib/load-workload";

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.BENCH_LOAD_DURATION ?? "30" },
    concurrency: { type: "string", default: process.env.BENCH_LOAD_CONCURRENCY ?? "16" },
    seed: { type: "string", default: process.env.BENCH_LOAD_SEED ?? "13" },
  },
});
const durationSeconds = Number(flags.duration);
const concurrency = Number(flags.concurrency);
const seed = Number(flags.seed);
if (
  !(durationSeconds > 0 && durationSeconds <= 600) ||
  !(concurrency >= 1 && concurrency <= 200) ||
  !Number.isInteger(seed)
) {
  console.error("bench:load: --duration 1–600 (seconds), --concurrency 1–200, --seed an integer");
  process.exit(2);
}
const password = "bench-load-password";
/** No single request should take this long; one that does counts as a network error instead of hanging the run. */
const STALL_MS = 30_000;

async function main(): Promise<number> {
  let stack: BenchStack | undefined;
  try {
    console.log(
      `bench:load: ${durationSeconds} s, ${concurrency} virtual users, seed ${seed}; ` +
        `${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)} before starting, Node ${process.version}.`,
    );
    console.log(
      "Keep runs short: this machine's cores are shared, and the stack (wrangler dev/workerd + sqld) runs on them too.",
    );
    stack = await startBenchStack({ name: "load", demoPassword: password });
    const url = new URL(stack.worker.url);
    // The stack was started here on loopback; never point this load anywhere else.
    if (url.hostname !== "127.0.0.1") throw new Error(`refusing to load ${url.origin}: loopback only`);
    console.log(`Stack: wrangler dev ${stack.worker.url} · sqld ${stack.sqldUrl} · demo tenant ${LOAD_SLUG}\n`);

    const run: LoadRun = {
      recorder: new LoadRecorder(stack.worker.url, STALL_MS),
      runId: randomBytes(4).toString("hex"),
      password,
      unitIds: [],
      intakes: [],
      moved: new Map(),
      filed: [],
    };
    const users = Array.from({ length: concurrency }, (_, i) => new VirtualUser(run, i, seededRandom(seed * 1000 + i)));
    const signInStarted = performance.now();
    for (const user of users) await user.signIn();
    run.unitIds = (await users[0]?.unitIds()) ?? [];
    if (run.unitIds.length === 0) throw new Error("the demo tenant has no active unit to assign reports to");
    console.log(
      `${concurrency} virtual users signed in (API login + console form with CSRF) in ` +
        `${((performance.now() - signInStarted) / 1000).toFixed(1)} s; running for ${durationSeconds} s …`,
    );

    const started = performance.now();
    await Promise.all(users.map((user) => user.runUntil(started + durationSeconds * 1000)));
    const windowMs = performance.now() - started;
    console.log(`\nRan ${(windowMs / 1000).toFixed(1)} s (operations started before the end were finished):\n`);
    console.log(run.recorder.table(windowMs));

    const { findings } = run.recorder;
    const serverErrors = findings.filter((f) => f.status === 0 || f.status >= 500);
    const unexpected = findings.filter((f) => f.status > 0 && f.status < 500);
    console.log(`\n5xx and network errors: ${serverErrors.length} · other unexpected answers: ${unexpected.length}`);
    for (const f of [...serverErrors, ...unexpected].slice(0, 20)) {
      console.log(`  ${f.status || "network error"} ${f.op}: ${f.method} ${f.path}\n    ${f.detail}`);
    }

    const reconciliation = await reconcileLoad({
      sqldUrl: stack.sqldUrl,
      slug: LOAD_SLUG,
      runId: run.runId,
      intakes: run.intakes,
      moved: run.moved,
    });
    console.log("\nReconciliation, read directly from sqld:");
    for (const line of reconciliation.lines) console.log(`  ${line}`);
    for (const line of reconciliation.failures) console.log(`  FAILED: ${line}`);
    const limited = run.recorder.count((status) => status === 429);
    // Without a 429 the promise "refused intakes store nothing" was not exercised.
    if (limited === 0) console.log("  FAILED: no intake was rate limited (429): run longer (--duration)");
    const ok =
      serverErrors.length === 0 && unexpected.length === 0 && reconciliation.failures.length === 0 && limited > 0;
    console.log(
      ok
        ? "\nOK: no 5xx, every accepted intake stored exactly once, nothing stored for a refused one."
        : "\nFAILED: see above.",
    );
    return ok ? 0 : 1;
  } finally {
    await stack?.stop();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
