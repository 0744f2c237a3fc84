// `npm test`: install what is missing, run the whole suite inside workerd
// (vitest + @cloudflare/vitest-plugin; the global setup starts a real sqld),
// then print one "N passed, N failed" line for CI.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureInstalled, root } from "./lib/ensure-installed.mjs";

ensureInstalled();

const reportDir = mkdtempSync(join(tmpdir(), "kycuong-report-"));
const reportFile = join(reportDir, "vitest.json");
const child = spawn(
  join(root, "node_modules", ".bin", "vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`, ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));

child.on("exit", (code, signal) => {
  try {
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    const skipped = report.numPendingTests + report.numTodoTests;
    console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
  } catch {
    console.log("tests: no report was written (the run did not complete)");
  }
  rmSync(reportDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
