import { env } from "cloudflare:test";
import { eq, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { guardedUpdate, runGuarded, StaleWrite, staleUnlessWritten } from "./guarded-write";

// Tables the guard has never seen, made for this file alone (a suffix keeps
// parallel runs on the one test database apart): a tenant-owned row and a
// log standing in for the audit entry that goes in the same batch.
const suffix = crypto.randomUUID().replaceAll("-", "").slice(0, 12);
const widgets = sqliteTable(`guard_probe_widgets_${suffix}`, {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  name: text("name").notNull(),
  count: integer("count").notNull(),
  updatedAt: text("updated_at").notNull(),
});
const log = sqliteTable(`guard_probe_log_${suffix}`, {
  id: integer("id").primaryKey(),
  note: text("note").notNull(),
});

const db = createDb({ url: env.LIBSQL_URL });
const tenantId = "tenant-a";
const t0 = "2026-01-01T00:00:00.000Z";

beforeAll(async () => {
  await db.run(
    sql`create table ${widgets} (id text primary key, tenant_id text not null, name text not null, count integer not null, updated_at text not null)`,
  );
  await db.run(sql`create table ${log} (id integer primary key, note text not null)`);
});

afterAll(async () => {
  await db.run(sql`drop table if exists ${widgets}`);
  await db.run(sql`drop table if exists ${log}`);
});

async function widget(id: string) {
  const [row] = await db.select().from(widgets).where(eq(widgets.id, id));
  return row;
}

async function logged(note: string) {
  return db.select().from(log).where(eq(log.note, note));
}

function rename(id: string, readAt: string, name: string, at: string, row = { tenantId, id }) {
  return runGuarded(db, [
    ...guardedUpdate(db, {
      table: widgets,
      row,
      read: { updatedAt: readAt },
      set: { name, count: sql`${widgets.count} + 1`, updatedAt: at },
    }),
    db.insert(log).values({ note: `${id} renamed to ${name}` }),
  ]);
}

describe("guardedUpdate + runGuarded on a table they have never seen", () => {
  it("writes the row and the rest of the batch when the row is still the version that was read", async () => {
    await db.insert(widgets).values({ id: "w1", tenantId, name: "first", count: 0, updatedAt: t0 });

    await rename("w1", t0, "second", "2026-01-02T00:00:00.000Z");

    expect(await widget("w1")).toMatchObject({ name: "second", count: 1, updatedAt: "2026-01-02T00:00:00.000Z" });
    expect(await logged("w1 renamed to second")).toHaveLength(1);
  });

  it("refuses a write based on a stale read with StaleWrite and writes nothing of the batch", async () => {
    await db.insert(widgets).values({ id: "w2", tenantId, name: "first", count: 0, updatedAt: t0 });
    await rename("w2", t0, "theirs", "2026-01-02T00:00:00.000Z");

    // A second writer that also read the row at t0 lost the race.
    const stale = rename("w2", t0, "mine", "2026-01-03T00:00:00.000Z");

    await expect(stale).rejects.toBeInstanceOf(StaleWrite);
    expect(await widget("w2")).toMatchObject({ name: "theirs", count: 1, updatedAt: "2026-01-02T00:00:00.000Z" });
    expect(await logged("w2 renamed to mine")).toHaveLength(0);
  });

  it("treats another tenant's row like a missing one: refused, nothing written", async () => {
    await db.insert(widgets).values({ id: "w3", tenantId, name: "first", count: 0, updatedAt: t0 });

    await expect(
      rename("w3", t0, "probed", "2026-01-02T00:00:00.000Z", { tenantId: "tenant-b", id: "w3" }),
    ).rejects.toBeInstanceOf(StaleWrite);
    await expect(rename("missing", t0, "ghost", "2026-01-02T00:00:00.000Z")).rejects.toBeInstanceOf(StaleWrite);

    expect(await widget("w3")).toMatchObject({ name: "first", count: 0 });
    expect(await logged("w3 renamed to probed")).toHaveLength(0);
    expect(await logged("missing renamed to ghost")).toHaveLength(0);
  });

  it("guards a conditional insert too, and lets every other failure through as itself", async () => {
    const insertIfAbsent = (id: string, note: string) =>
      runGuarded(db, [
        db.run(
          sql`insert into ${widgets} (id, tenant_id, name, count, updated_at) select ${id}, ${tenantId}, 'new', 0, ${t0}
              where not exists (select 1 from ${widgets} where id = ${id})`,
        ),
        staleUnlessWritten(db),
        db.insert(log).values({ note }),
      ]);
    await insertIfAbsent("w4", "w4 first insert");
    await expect(insertIfAbsent("w4", "w4 second insert")).rejects.toBeInstanceOf(StaleWrite);
    expect(await logged("w4 first insert")).toHaveLength(1);
    expect(await logged("w4 second insert")).toHaveLength(0);

    // A real constraint failure in the batch is not mistaken for a lost race.
    const broken = runGuarded(db, [
      ...guardedUpdate(db, { table: widgets, row: { tenantId, id: "w4" }, read: { updatedAt: t0 }, set: { count: 5 } }),
      db.run(sql`insert into ${log} (id, note) values (1, null)`),
    ]);
    await expect(broken).rejects.toThrow(/NOT NULL/);
    await expect(broken).rejects.not.toBeInstanceOf(StaleWrite);
    expect(await widget("w4")).toMatchObject({ count: 0 });
  });
});
