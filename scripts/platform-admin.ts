// `npm run platform:admin -- --email <address> [--name "<full name>"] [--base-url https://…]`:
// makes the platform admin with that email unless one exists, or starts a new
// password for them, and prints a single-use link to choose it (30 minutes;
// only its hash is stored). The database is LIBSQL_URL (and LIBSQL_AUTH_TOKEN
// for Turso); the link's origin is --base-url or PUBLIC_BASE_URL.
import { parseArgs } from "node:util";
import { createDb } from "@kycuong/db";
import { DomainError } from "@kycuong/domain/errors";
import { PASSWORD_LINK_MINUTES, StartPlatformAdmin, startPlatformAdmin } from "@kycuong/domain/identity";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, "base-url": { type: "string" } },
  strict: true,
});

const url = process.env.LIBSQL_URL;
if (!url) fail("Set LIBSQL_URL (and LIBSQL_AUTH_TOKEN for Turso) to the database of the deployment.");
const baseUrl = values["base-url"] ?? process.env.PUBLIC_BASE_URL;
if (!baseUrl || !/^https?:\/\/[^/]+/.test(baseUrl)) {
  fail("Give the deployment's address with --base-url https://… or PUBLIC_BASE_URL: the link points there.");
}
const input = StartPlatformAdmin.safeParse({ email: values.email, displayName: values.name });
if (!input.success) {
  fail('Usage: npm run platform:admin -- --email <address> [--name "<full name>"] [--base-url https://…]');
}

try {
  const started = await startPlatformAdmin(
    {
      db: createDb({ url, authToken: process.env.LIBSQL_AUTH_TOKEN }),
      now: new Date(),
      actor: { type: "system", job: "platform-admin-script" },
      requestId: `platform-admin-${crypto.randomUUID()}`,
    },
    input.data,
    { baseUrl },
  );
  console.log(
    started.created
      ? `Platform admin ${input.data.email.trim().toLowerCase()} created.`
      : `Platform admin ${input.data.email.trim().toLowerCase()} exists: a new password is started (earlier links no longer work).`,
  );
  console.log(`Open this link within ${PASSWORD_LINK_MINUTES} minutes to choose the password (it works once):`);
  console.log(`\n  ${started.link}\n`);
  console.log(
    'Or, without a browser: POST /v1/auth/set-password with {"token": "<the link\'s token>", "password": "…"}.',
  );
} catch (error) {
  if (error instanceof DomainError) fail(`Refused (${error.code}): ${error.message}`);
  throw error;
}
