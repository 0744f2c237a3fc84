// `npm run db:migrate`: applies pending migrations to the database named by
// LIBSQL_URL (and LIBSQL_AUTH_TOKEN for Turso). Used for deploys.
import { migrateDatabase } from "../packages/db/src/migrate";

const url = process.env.LIBSQL_URL;
if (!url) {
  console.error("Set LIBSQL_URL (and LIBSQL_AUTH_TOKEN for Turso) to the database to migrate.");
  process.exit(1);
}
await migrateDatabase({ url, authToken: process.env.LIBSQL_AUTH_TOKEN });
console.log(`Migrations applied to ${new URL(url).host}.`);
