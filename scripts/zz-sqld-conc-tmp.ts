import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client/web";
import { migrateDatabase } from "/work/main/packages/db/src/migrate";
import { findFreePort } from "/work/main/scripts/lib/ports";
import { startSqld } from "/work/main/scripts/lib/sqld";

const mode = (process.argv[2] ?? "deferred") as "deferred" | "write";
const folder = mkdtempSync(join(tmpdir(), "sqldconc-"));
const sqld = await startSqld({
  dbPath: join(folder, "db"),
  port: await findFreePort(),
  logFile: join(folder, "sqld.log"),
});
console.log("log", join(folder, "sqld.log"), "pid", sqld.process.pid);
for (const sig of ["SIGTERM","SIGINT"] as const) process.once(sig, () => { void sqld.stop().then(() => process.exit(1)); });
await migrateDatabase({ url: sqld.url });
const at = new Date().toISOString();
const tid = randomUUID();
const c0 = createClient({ url: sqld.url });
await c0.execute({
  sql: "insert into tenants (id, slug, name, level, province, created_at, updated_at) values (?, 'x-bench', 'x', 'district', 'q', ?, ?)",
  args: [tid, at, at],
});
let ok = 0,
  failed = 0;
const started = Date.now();
async function one(i: number) {
  const c = createClient({ url: sqld.url });
  const id = randomUUID();
  try {
    await c.execute({ sql: "select id from tenants where id = ?", args: [tid] });
    await c.batch(
      [
        {
          sql: "insert into reports (id, tenant_id, tracking_code, receipt_hash, channel, category_code, description, due_at, created_at, updated_at) values (?, ?, ?, 'h', 'web', 'c', 'd', ?, ?, ?)",
          args: [id, tid, `T${i}`, at, at, at],
        },
        {
          sql: "insert into report_events (id, tenant_id, report_id, kind, public, actor_type, at) values (?, ?, ?, 'status_changed', 1, 'public', ?)",
          args: [randomUUID(), tid, id, at],
        },
        {
          sql: "insert into audit_log (id, tenant_id, actor_type, action, entity_type, request_id, at) values (?, ?, 'public', 'a', 'report', 'r', ?)",
          args: [randomUUID(), tid, at],
        },
        {
          sql: "delete from idempotency_keys where tenant_id = ? and scope = 's' and key = ? and expires_at <= ?",
          args: [tid, `k${i}`, at],
        },
        {
          sql: "insert into idempotency_keys (tenant_id, scope, key, request_hash, response_status, response_body, created_at, expires_at) values (?, 's', ?, 'h', 201, '{}', ?, ?)",
          args: [tid, `k${i}`, at, at],
        },
      ],
      mode,
    );
    ok++;
  } catch (e) {
    failed++;
    if (failed < 3) console.log(i, (e as Error).message);
  }
}
let next = 0;
const total = Number(process.argv[3] ?? 500);
const conc = Number(process.argv[4] ?? 20);
const timer = setInterval(() => console.log("progress", { ok, failed, ms: Date.now() - started }), 2000);
await Promise.all(
  Array.from({ length: conc }, async () => {
    while (next < total) await one(next++);
  }),
);
clearInterval(timer);
console.log({ mode, ok, failed, ms: Date.now() - started });
await sqld.stop();
process.exit(0);
