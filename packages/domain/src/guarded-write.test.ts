import { env } from "cloudflare:test";
import { createDb, guardedUpdate } from "@kycuong/db";
import { eq, sql } from "drizzle-orm";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { writeGuarded } from "./guarded-write";

// A table no area knows, and an audit-like log written in the same batch.
const suffix = crypto.randomUUID().replaceAll("-", "").slice(0, 12);
const notes = sqliteTable(`guard_probe_notes_${suffix}`, {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  body: text("body").notNull(),
  updatedAt: text("updated_at").notNull(),
});
const trail = sqliteTable(`guard_probe_trail_${suffix}`, { entry: text("entry").notNull() });

const ctx = { db: createDb({ url: env.LIBSQL_URL }) };
const tenantId = "tenant-a";

beforeAll(async () => {
  await ctx.db.run(
    sql`create table ${notes} (id text primary key, tenant_id text not null, body text not null, updated_at text not null)`,
  );
  await ctx.db.run(sql`create table ${trail} (entry text not null)`);
});

afterAll(async () => {
  await ctx.db.run(sql`drop table if exists ${notes}`);
  await ctx.db.run(sql`drop table if exists ${trail}`);
});

// Catalogued codes stand in for the notes table's own (a DomainError takes only catalogue codes).
const noteChanged = () => new DomainError("settings_changed", "The note changed meanwhile");

function edit(readAt: string, body: string, at: string, whenStale: () => DomainError | Promise<DomainError>) {
  return writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: notes,
        row: { tenantId, id: "n1" },
        read: { updatedAt: readAt },
        set: { body, updatedAt: at },
      }),
      ctx.db.insert(trail).values({ entry: `edited to ${body}` }),
    ],
    whenStale,
  );
}

describe("writeGuarded", () => {
  it("lands a fresh write with the rest of its batch, and answers a stale one with the caller's error, writing nothing", async () => {
    await ctx.db.insert(notes).values({ id: "n1", tenantId, body: "v1", updatedAt: "t1" });

    await edit("t1", "v2", "t2", noteChanged);
    const stale = edit("t1", "v3", "t3", noteChanged);

    await expect(stale).rejects.toBeInstanceOf(DomainError);
    await expect(stale).rejects.toMatchObject({ status: 409, code: "settings_changed" });
    expect(await ctx.db.select().from(notes).where(eq(notes.id, "n1"))).toMatchObject([
      { body: "v2", updatedAt: "t2" },
    ]);
    expect((await ctx.db.select().from(trail)).map((row) => row.entry)).toEqual(["edited to v2"]);
  });

  it("lets the caller read the row again to say why it lost (an async answer)", async () => {
    const why = async () => {
      const [current] = await ctx.db.select().from(notes).where(eq(notes.id, "n1"));
      return new DomainError(current?.body === "v2" ? "settings_changed" : "not_found", "Lost the race");
    };
    await expect(edit("t0", "v4", "t4", why)).rejects.toMatchObject({ code: "settings_changed" });
    expect((await ctx.db.select().from(trail)).map((row) => row.entry)).toEqual(["edited to v2"]);
  });
});
