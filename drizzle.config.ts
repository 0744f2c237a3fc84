import { defineConfig } from "drizzle-kit";

// `pnpm db:generate` writes a new SQL migration into migrations/ from the
// schema. Review it, commit it, never edit it after it has landed.
export default defineConfig({
  dialect: "turso",
  schema: "./packages/db/src/schema/index.ts",
  out: "./migrations",
  dbCredentials: { url: process.env.LIBSQL_URL ?? "http://127.0.0.1:8080" },
});
