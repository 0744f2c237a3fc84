// `npm test`: install what is missing, then run the whole suite:
//   1. the Worker suite inside workerd (vitest.config.ts; its global setup
//      starts a real sqld), and
//   2. the browser suite (vitest.e2e.config.ts): Debian's Chromium, installed
//      here when missing, against wrangler dev + sqld.
// Ends with one "tests: N passed, N failed, N skipped" line for CI.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChromium } from "./lib/ensure-chromium.mjs";
import { ensureInstalled, root } from "./lib/ensure-installed.mjs";

ensureInstalled();

const reportDir = mkdtempSync(join(tmpdir(), "kycuong-report-"));
const extraArgs = process.argv.slice(2);
let current;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => current?.kill(signal));

function runVitest(name, config) {
  const reportFile = join(reportDir, `${name}.json`);
  return new Promise((resolve) => {
    current = spawn(
      join(root, "node_modules", ".bin", "vitest"),
      [
        "run",
        "--config",
        config,
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${reportFile}`,
        ...extraArgs,
      ],
      { cwd: root, stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
    );
    current.on("exit", (code, signal) => {
      let counts = null;
      try {
        const report = JSON.parse(readFileSync(reportFile, "utf8"));
        counts = {
          passed: report.numPassedTests,
          failed: report.numFailedTests,
          skipped: report.numPendingTests + report.numTodoTests,
        };
      } catch {
        // no report: the run did not complete
      }
      resolve({ ok: code === 0 && !signal, counts });
    });
  });
}

const results = [await runVitest("worker", "vitest.config.ts")];
if (extraArgs.length === 0 || process.env.KYCUONG_E2E === "1") {
  ensureChromium();
  results.push(await runVitest("browser", "vitest.e2e.config.ts"));
}
rmSync(reportDir, { recursive: true, force: true });

const total = { passed: 0, failed: 0, skipped: 0 };
for (const { counts } of results) {
  if (!counts) continue;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
const complete = results.every((r) => r.counts);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
if (!complete) console.log("tests: a suite did not finish; see the output above");
process.exit(results.every((r) => r.ok) && complete ? 0 : 1);
