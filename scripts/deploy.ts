// `npm run deploy -- --env staging|production [--dry-run]`: the whole deploy,
// one step after another, stopping at the first that fails (exit 1, with what
// to do). Steps: read the environment's config and refuse placeholders, and
// build (`npm run build`, so a bundle that does not build stops the deploy
// before the database is touched); check its secrets exist; migrate its
// database (LIBSQL_URL, LIBSQL_AUTH_TOKEN from this shell); `wrangler deploy
// --env` (which builds again through the environment's [build]: the same
// output); GET /health on the deployed address.
// --dry-run runs the first step (it is local) and prints the others.
// The guide: docs/deploying.md.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unstable_readConfig } from "wrangler";
import {
  type DeployEnvironment,
  DeployError,
  deployedAddress,
  missingSecretsMessage,
  parseDeployArgs,
  parseSecretList,
  placeholdersIn,
  requiredSecrets,
  type SettingsSchema,
} from "./lib/deploy-plan";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The Worker's settings schema, the one list of what it needs. Imported by a
// computed path so this Node program's type check does not follow it into the
// Worker's types (Queue, R2Bucket …); tsx runs it as it is.
const workerEnvModule = join(root, "workers", "api", "src", "env.ts");
const { WorkerEnv } = (await import(workerEnvModule)) as { WorkerEnv: SettingsSchema };

const bin = (name: string) => join(root, "node_modules", ".bin", name);
const quietWrangler = { ...process.env, WRANGLER_SEND_METRICS: "false" };

/** Runs a command; its output is shown as it comes and also returned. */
function run(command: string, args: string[], env = process.env): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["inherit", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The parts of wrangler's resolved config for one environment that the deploy reads. */
interface Config {
  name: string;
  vars: Record<string, unknown>;
  routes?: unknown[];
  queues: { producers?: { binding: string }[] };
  r2_buckets: { binding: string }[];
  ratelimits: { name: string }[];
  send_email: { name: string }[];
}

/** Step 1 (local): the environment's section of wrangler.toml. */
function readEnvironment(env: DeployEnvironment): Config {
  return unstable_readConfig({ config: join(root, "wrangler.toml"), env }, { hideWarnings: true }) as Config;
}

/** ... with every placeholder replaced by a real value. */
function checkNoPlaceholders(env: DeployEnvironment, config: Config): void {
  const placeholders = placeholdersIn({ vars: config.vars, routes: config.routes ?? [] });
  if (placeholders.length > 0) {
    throw new DeployError(
      `wrangler.toml [env.${env}] still holds placeholders (kycuong.example); put the real values in:\n` +
        placeholders.map((setting) => `  ${setting}`).join("\n"),
    );
  }
}

function bindingNames(config: Config): string[] {
  return [
    ...(config.queues.producers ?? []).map((queue) => queue.binding),
    ...config.r2_buckets.map((bucket) => bucket.binding),
    ...config.ratelimits.map((limiter) => limiter.name),
    ...config.send_email.map((binding) => binding.name),
  ];
}

/** Step 2: every secret the Worker cannot start without is set on the environment's Worker. */
async function checkSecrets(env: DeployEnvironment, config: Config): Promise<void> {
  const listed = await run(bin("wrangler"), ["secret", "list", "--env", env, "--format", "json"], quietWrangler);
  if (listed.code !== 0) {
    throw new DeployError(
      `\`wrangler secret list --env ${env}\` failed (above). Sign in with \`npx wrangler login\`; a Worker that does ` +
        `not exist yet is created by its first \`npx wrangler secret put NAME --env ${env}\`.`,
    );
  }
  const present = new Set(parseSecretList(listed.output));
  const missing = requiredSecrets(
    WorkerEnv,
    { vars: config.vars, bindings: bindingNames(config) },
    process.env.LIBSQL_URL,
  ).filter((name) => !present.has(name));
  if (missing.length > 0) throw new DeployError(missingSecretsMessage(env, missing));
}

/** Step 3: the environment's database gets the new migrations before the code that needs them. */
async function migrate(): Promise<void> {
  if (!process.env.LIBSQL_URL) {
    throw new DeployError(
      "Set LIBSQL_URL (and LIBSQL_AUTH_TOKEN) to this environment's database, the same values as its secrets.",
    );
  }
  const migrated = await run(bin("tsx"), [join(root, "scripts", "db-migrate.ts")]);
  if (migrated.code !== 0) throw new DeployError("The migrations failed (above); the Worker was not deployed.");
}

/** Step 1, after the config: the bundle and the static files, as the environment's [build] makes them. */
async function build(): Promise<void> {
  const built = await run(process.execPath, [join(root, "scripts", "build.mjs")]);
  if (built.code !== 0) throw new DeployError("The build failed (above); nothing was migrated or deployed.");
}

/** Step 4: upload; returns the address wrangler printed, or KYCUONG_DEPLOY_URL when set. */
async function deployWorker(env: DeployEnvironment): Promise<string> {
  const deployed = await run(bin("wrangler"), ["deploy", "--env", env], quietWrangler);
  if (deployed.code !== 0) throw new DeployError(`\`wrangler deploy --env ${env}\` failed (above).`);
  const address = process.env.KYCUONG_DEPLOY_URL ?? deployedAddress(deployed.output);
  if (!address) {
    throw new DeployError(
      "Deployed, but wrangler printed no address to check: set KYCUONG_DEPLOY_URL=https://… and run again.",
    );
  }
  return address;
}

/** Step 5: the deployed Worker answers /health with its database reachable (a new domain may take a minute). */
async function checkHealth(env: DeployEnvironment, address: string): Promise<void> {
  const url = new URL("/health", address);
  let last = "no answer";
  for (let attempt = 1; attempt <= 12; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      const body = await response.text();
      if (response.status === 200) {
        console.log(`${url}: ${body}`);
        return;
      }
      last = `${response.status} ${body.slice(0, 300)}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  throw new DeployError(
    `${url} did not answer 200 in 12 tries over a minute; last: ${last}\n` +
      "A 500 `misconfigured` names the missing setting; a 503 means the Worker cannot reach its database " +
      `(check its LIBSQL_URL and LIBSQL_AUTH_TOKEN secrets). The logs: npx wrangler tail --env ${env}.`,
  );
}

async function main(): Promise<void> {
  const { env, dryRun } = parseDeployArgs(process.argv.slice(2));
  console.log(`1/5 reading wrangler.toml [env.${env}] and building`);
  const config = readEnvironment(env);
  if (dryRun) {
    try {
      checkNoPlaceholders(env, config);
    } catch (error) {
      if (!(error instanceof DeployError)) throw error;
      console.log(`    a real deploy stops here: ${error.message.replaceAll("\n", "\n    ")}`);
    }
    await build();
    const database = process.env.LIBSQL_URL ? new URL(process.env.LIBSQL_URL).host : "(LIBSQL_URL is not set)";
    console.log(
      [
        `    Worker ${config.name}: vars ${Object.keys(config.vars).join(", ")}; bindings ${bindingNames(config).join(", ")}`,
        `2/5 would check the secrets (wrangler secret list --env ${env}) for: ` +
          requiredSecrets(
            WorkerEnv,
            { vars: config.vars, bindings: bindingNames(config) },
            process.env.LIBSQL_URL,
          ).join(", "),
        `3/5 would apply the migrations to ${database} (scripts/db-migrate.ts)`,
        `4/5 would run wrangler deploy --env ${env} (it builds again through [env.${env}.build]: the same output)`,
        `5/5 would GET /health on ${process.env.KYCUONG_DEPLOY_URL ?? "the address wrangler prints"}`,
        "--dry-run: nothing was checked remotely, migrated or deployed.",
      ].join("\n"),
    );
    return;
  }
  checkNoPlaceholders(env, config);
  await build();
  console.log(`2/5 checking the ${env} Worker's secrets`);
  await checkSecrets(env, config);
  console.log("3/5 migrating the database");
  await migrate();
  console.log(`4/5 deploying ${config.name}`);
  const address = await deployWorker(env);
  console.log(`5/5 checking ${address}/health`);
  await checkHealth(env, address);
  console.log(`Deployed ${config.name} to ${address}.`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof DeployError ? `\n✗ ${error.message}` : error);
  process.exit(1);
}
