import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface WranglerDevOptions {
  port: number;
  /** Worker vars passed with --var (LIBSQL_URL, JWT_SIGNING_KEY, …). */
  vars: Record<string, string>;
  /** Where local R2 and other state persist. */
  persistTo: string;
  /** Inherit stdout/stderr (dev) or keep quiet (tests, benchmarks). */
  output: "inherit" | "ignore";
  /**
   * A deployed environment of wrangler.toml (`production`), built and run as
   * `wrangler deploy` would upload it: its [build] (`npm run build`) writes
   * the bundle and the static files to dist/, run unbundled, without
   * developer tools. Without it: the top level of wrangler.toml from source,
   * with the developer tools on.
   */
  deployed?: { env: string };
}

export interface RunningWorker {
  url: string;
  process: ChildProcess;
}

/**
 * Starts `wrangler dev` for the API Worker in its own process group (so it
 * and its workerd can be stopped together) with outbound calls disabled,
 * and waits until /health reports a reachable database.
 */
export async function startWranglerDev(options: WranglerDevOptions, timeoutMs = 60_000): Promise<RunningWorker> {
  const require = createRequire(join(root, "package.json"));
  const wranglerBin = join(dirname(require.resolve("wrangler/package.json")), "bin", "wrangler.js");
  const varArgs = Object.entries(options.vars).flatMap(([key, value]) => ["--var", `${key}:${value}`]);
  const child = spawn(
    process.execPath,
    [
      wranglerBin,
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(options.port),
      "--inspector-port",
      "0",
      ...(options.deployed
        ? // Requests keep the address they came to (not the environment's custom domain),
          // as they do on a deployment reached at its own domain.
          ["--env", options.deployed.env, "--local-upstream", `127.0.0.1:${options.port}`]
        : // The developer tools (the dev mailbox) that wrangler.toml leaves out of the deployed bundle.
          ["--define", "KYCUONG_DEV_TOOLS:true"]),
      // No positional argument after --var: it would take it as one more var.
      ...varArgs,
      "--persist-to",
      options.persistTo,
      "--show-interactive-dev-session=false",
    ],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", options.output, options.output],
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    },
  );
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (code ${child.exitCode}) before it was ready`);
    try {
      const res = await fetch(`${url}/health`);
      const body = (await res.json()) as { db?: string };
      if (res.ok && body.db === "ok") return { url, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    process.kill(-(child.pid ?? 0), "SIGKILL");
  } catch {
    // already gone
  }
  throw new Error(`the API at ${url} did not report a healthy database within ${timeoutMs / 1000} s`);
}
