// The decisions of `npm run deploy` (scripts/deploy.ts) that need neither
// Cloudflare nor Node: arguments, which secrets the Worker cannot start
// without, reading `wrangler secret list` and `wrangler deploy` output. No
// Node imports, so the Worker suite (test/deploy-plan.test.ts) can test them.

export const DEPLOY_ENVIRONMENTS = ["staging", "production"] as const;
export type DeployEnvironment = (typeof DEPLOY_ENVIRONMENTS)[number];

export const DEPLOY_USAGE = "Usage: npm run deploy -- --env staging|production [--dry-run]";

/** A step that cannot go on; its message says what to do. */
export class DeployError extends Error {
  override readonly name = "DeployError";
}

export interface DeployArgs {
  env: DeployEnvironment;
  dryRun: boolean;
}

/** `--env X` or `--env=X`, and `--dry-run`; anything else is refused with the usage line. */
export function parseDeployArgs(argv: readonly string[]): DeployArgs {
  let env: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--env") {
      env = argv[i + 1];
      i++;
    } else if (arg.startsWith("--env=")) env = arg.slice("--env=".length);
    else throw new DeployError(`Unknown argument ${JSON.stringify(arg)}.\n${DEPLOY_USAGE}`);
  }
  if (env === undefined) throw new DeployError(`Name the environment to deploy.\n${DEPLOY_USAGE}`);
  if (!(DEPLOY_ENVIRONMENTS as readonly string[]).includes(env)) {
    throw new DeployError(`Unknown environment ${JSON.stringify(env)}.\n${DEPLOY_USAGE}`);
  }
  return { env: env as DeployEnvironment, dryRun };
}

/** The part of a zod object schema this needs: each setting answers whether "unset" is acceptable. */
export interface SettingsSchema {
  shape: Record<string, { safeParse(value: unknown): { success: boolean } }>;
}

/** What an environment's section of wrangler.toml provides. */
export interface EnvironmentConfig {
  vars: Record<string, unknown>;
  /** Binding names: queues, R2 buckets, rate limiters, send_email … */
  bindings: string[];
}

/**
 * The secrets the Worker needs in this environment: every setting of the
 * Worker's schema (workers/api/src/env.ts) that has no default and is not a
 * var or binding in the file, plus the two the schema leaves optional on
 * purpose because local development runs without them: the email API key
 * when mail goes over HTTP (the hotline runs without email, alerts do not),
 * and the database token when the database is Turso (a local sqld has no auth).
 */
export function requiredSecrets(schema: SettingsSchema, config: EnvironmentConfig, databaseUrl?: string): string[] {
  const provided = new Set([...Object.keys(config.vars), ...config.bindings]);
  const required = Object.entries(schema.shape)
    .filter(([name, setting]) => !provided.has(name) && !setting.safeParse(undefined).success)
    .map(([name]) => name);
  if ((config.vars.EMAIL_TRANSPORT ?? "http") === "http" && !provided.has("EMAIL_API_KEY")) {
    required.push("EMAIL_API_KEY");
  }
  if (databaseUrl !== undefined && isTurso(databaseUrl)) required.push("LIBSQL_AUTH_TOKEN");
  return required;
}

function isTurso(url: string): boolean {
  return url.startsWith("libsql://") || /^(https|wss):\/\/[^/]*\.turso\.io(\/|$)/.test(url);
}

/** Secret names from `wrangler secret list --format json` (`[{"name": …, "type": "secret_text"}]`). */
export function parseSecretList(output: string): string[] {
  // The array starts a line; a warning's "[WARNING]" before it does not count.
  const start = /^\[\s*(\{|\]|$)/m.exec(output)?.index ?? -1;
  const end = output.lastIndexOf("]");
  let list: unknown;
  try {
    list = start >= 0 && end > start ? JSON.parse(output.slice(start, end + 1)) : undefined;
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list) || !list.every((item) => typeof item?.name === "string")) {
    throw new DeployError(`Could not read the secret list wrangler printed:\n${output.trim().slice(0, 500)}`);
  }
  return list.map((item: { name: string }) => item.name);
}

/** One line per missing secret with the command that sets it. */
export function missingSecretsMessage(env: DeployEnvironment, missing: readonly string[]): string {
  return [
    `The ${env} Worker lacks ${missing.length === 1 ? "a secret" : `${missing.length} secrets`} it cannot run without:`,
    ...missing.map((name) => `  npx wrangler secret put ${name} --env ${env}`),
    "How to make each value: docs/deploying.md#4-secrets. Nothing was migrated or deployed.",
  ].join("\n");
}

/** Settings of the environment still holding a documented placeholder (an `.example` domain or address). */
export function placeholdersIn(config: { vars: Record<string, unknown>; routes?: unknown[] }): string[] {
  const found = Object.entries(config.vars)
    .filter(([, value]) => typeof value === "string" && /\bkycuong\.example\b/.test(value))
    .map(([name]) => `vars.${name}`);
  for (const route of config.routes ?? []) {
    const pattern = typeof route === "string" ? route : (route as { pattern?: unknown }).pattern;
    if (typeof pattern === "string" && /\bkycuong\.example\b/.test(pattern)) found.push(`routes: ${pattern}`);
  }
  return found;
}

/**
 * The address `wrangler deploy` printed under "Deployed … triggers": the
 * workers.dev URL when there is one, else the first custom domain
 * (`  kycuong.vn (custom domain)`). Null when it printed neither.
 */
export function deployedAddress(output: string): string | null {
  const workersDev = /https:\/\/[a-z0-9.-]+\.workers\.dev\b/i.exec(output);
  if (workersDev) return workersDev[0];
  const customDomain = /^\s*([a-z0-9.-]+\.[a-z]{2,})\s+\(custom domain\)/im.exec(output);
  return customDomain ? `https://${customDomain[1]}` : null;
}
