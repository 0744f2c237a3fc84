import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../packages/db/src/migrate";
import { findFreePort } from "../../scripts/lib/ports";
import { generateRsaJwk, generateSigningJwk } from "../../scripts/lib/signing-keys";
import { startSqld } from "../../scripts/lib/sqld";
import { startDatabaseProxyStandIn } from "./database-proxy-stand-in";
import { EMAIL_API_TEST_KEY, startEmailApiStandIn } from "./email-api-stand-in";
import { startIdentityProviderStandIn } from "./identity-provider-stand-in";
import { startTurnstileStandIn, TURNSTILE_TEST_SECRET } from "./turnstile-stand-in";

/**
 * Starts a real sqld on a free port in a fresh temporary folder, applies the
 * migrations, and hands its URL to the Worker under test as LIBSQL_URL.
 * Also makes this run's token keys and starts the stand-ins for the identity
 * provider, Turnstile and the email API, and the faulty proxies in front of
 * sqld that the fault tests point a Worker at.
 */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), "kycuong-test-"));
  const port = await findFreePort();
  const sqld = await startSqld({ dbPath: join(folder, "db"), port, logFile: join(folder, "sqld.log") });
  await migrateDatabase({ url: sqld.url });

  const current = await generateSigningJwk("test-current");
  const previous = await generateSigningJwk("test-previous");
  const seal = await generateSigningJwk("seal-test-current");
  const previousSeal = await generateSigningJwk("seal-test-previous");
  const idp = await generateRsaJwk("province-sso-1");
  const standIn = await startIdentityProviderStandIn({ keys: [idp.publicJwk] });
  const turnstile = await startTurnstileStandIn();
  const emailApi = await startEmailApiStandIn();
  const databaseProxies = await startDatabaseProxyStandIn(sqld.url);

  project.provide("libsqlUrl", sqld.url);
  project.provide("jwtSigningKey", JSON.stringify(current.privateJwk));
  project.provide("jwtPublicKeys", JSON.stringify([previous.publicJwk]));
  project.provide("sealPrivateKey", JSON.stringify(seal.privateJwk));
  project.provide("sealPublicKeys", JSON.stringify([previousSeal.publicJwk]));
  project.provide("previousSigningKey", JSON.stringify(previous.privateJwk));
  project.provide("idpJwksUrl", `${standIn.url}/.well-known/jwks.json`);
  project.provide("idpSigningKey", JSON.stringify(idp.privateJwk));
  project.provide("turnstileUrl", turnstile.url);
  project.provide("turnstileSecret", TURNSTILE_TEST_SECRET);
  project.provide("emailApiUrl", emailApi.url);
  project.provide("emailApiKey", EMAIL_API_TEST_KEY);
  project.provide("databaseProxiesUrl", databaseProxies.url);
  return async () => {
    standIn.server.close();
    turnstile.server.close();
    emailApi.server.close();
    databaseProxies.server.close();
    await sqld.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}
