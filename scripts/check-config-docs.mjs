// Keeps docs/configuration.md true: every name the Worker reads must be
// documented there. The names are read from where they are declared:
//   - the keys of the `WorkerEnv` zod schema in workers/api/src/env.ts
//     (vars, secrets and bindings, checked at every entry point), and
//   - the binding names and [vars] keys in wrangler.toml, and
//   - the environment variables the repository's own scripts read
//     (`process.env.NAME` in scripts/ and drizzle.config.ts: dev stack ports,
//     the demo password, the migration target …).
// A name counts as documented when it appears in backticks (`NAME`) in
// docs/configuration.md. Exits 1 and lists what is missing otherwise.
// Run by .ci/run next to lint; locally: `node scripts/check-config-docs.mjs`.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path) => readFileSync(join(root, path), "utf8");

/** Top-level keys of `export const WorkerEnv = z.object({ … })`, found by brace depth. */
function envSchemaKeys(source) {
  const start = source.indexOf("export const WorkerEnv = z.object({");
  if (start < 0) throw new Error("workers/api/src/env.ts: `export const WorkerEnv = z.object({` not found");
  const keys = [];
  let depth = 0;
  for (let i = source.indexOf("{", start); i < source.length; i++) {
    const ch = source[i];
    if (ch === "{" || ch === "(" || ch === "[") depth++;
    else if (ch === "}" || ch === ")" || ch === "]") {
      depth--;
      if (depth === 0) break;
    } else if (ch === "\n" && depth === 1) {
      // A line that starts directly inside the object: `  NAME: z…`.
      const match = /^\s*([A-Z][A-Z0-9_]*)\s*:/.exec(source.slice(i + 1, source.indexOf("\n", i + 1)));
      if (match) keys.push(match[1]);
    }
  }
  if (keys.length === 0) throw new Error("workers/api/src/env.ts: no keys found in WorkerEnv");
  return keys;
}

/** Binding names (`binding = "…"`, `name = "…"` in [[ratelimits]], [[send_email]] …) and [vars] keys. */
function wranglerNames(toml) {
  const names = [];
  let table = "";
  for (const raw of toml.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    const header = /^\[\[?([^\]]+)\]\]?$/.exec(line);
    if (header) {
      table = header[1].trim();
      continue;
    }
    const pair = /^([A-Za-z0-9_]+)\s*=\s*"?([^"]*)"?/.exec(line);
    if (!pair) continue;
    const [, key, value] = pair;
    if (table === "vars") names.push(key);
    else if (key === "binding") names.push(value);
    else if (key === "name" && table !== "" && table !== "observability") names.push(value);
  }
  return names;
}

/** `process.env.NAME` in the scripts (recursively) and drizzle.config.ts. */
function scriptEnvNames() {
  const files = [
    "drizzle.config.ts",
    ...readdirSync(join(root, "scripts"), { recursive: true })
      .map((file) => join("scripts", String(file)))
      .filter((file) => /\.(m?js|ts)$/.test(file) && !file.endsWith("check-config-docs.mjs")),
  ];
  return files.flatMap((file) =>
    [...read(file).matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((match) => ({ name: match[1], where: file })),
  );
}

const docs = read("docs/configuration.md");
const declared = [
  ...envSchemaKeys(read("workers/api/src/env.ts")).map((name) => ({ name, where: "workers/api/src/env.ts" })),
  ...wranglerNames(read("wrangler.toml")).map((name) => ({ name, where: "wrangler.toml" })),
  ...scriptEnvNames(),
];
const missing = declared.filter(({ name }) => !docs.includes(`\`${name}\``));

if (missing.length > 0) {
  for (const { name, where } of missing) {
    console.error(`docs/configuration.md does not document \`${name}\` (read in ${where})`);
  }
  process.exit(1);
}
const unique = new Set(declared.map(({ name }) => name));
console.log(`configuration docs: all ${unique.size} names the Worker reads are documented`);
