// `node scripts/bundle-breakdown.mjs [rows]` after `npm run build`: what the
// production bundle in dist/ is made of. Every byte of dist/index.js is
// attributed to its source through wrangler's own source map (so the figures
// are for exactly what deploys), grouped by npm package or by folder of ours,
// with each group's raw size and its size gzipped on its own (the sum of those
// exceeds the whole bundle's gzip: gzip finds repeats across groups too).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "./lib/ensure-installed.mjs";

const rows = Number(process.argv[2] ?? 40);
const code = readFileSync(join(root, "dist", "worker", "index.js"), "utf8");
const map = JSON.parse(readFileSync(join(root, "dist", "worker", "index.js.map"), "utf8"));

const packageOf = (source) => {
  // By pnpm folder (`@libsql+client@0.18.0…`): drizzle-orm's own source maps
  // point at a `src/` beside its package folder.
  const folder = source.match(/node_modules\/\.pnpm\/(@?[^@/]+)@/);
  if (folder) return folder[1].replace("+", "/");
  const ours = source.match(/(workers\/api\/src|packages\/[^/]+\/src)\/([^/]+)/);
  return ours ? `${ours[1]}/${ours[2].includes(".") ? "(top)" : ours[2]}` : source;
};
const fileOf = (source) =>
  source.includes("node_modules/.pnpm/")
    ? `${packageOf(source)}/${source.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\/((@[^/]+\/)?[^/]+\/)?/, "")}`.replace(
        /^([^/]+\/[^/]+\/)\1/,
        "$1",
      )
    : source.replace(/^.*?((workers|packages)\/)/, "$1");

// Source map "mappings": one group per output line, segments of base64 VLQ
// fields; only the first two (output column, source index) matter here.
const base64 = Object.fromEntries(
  [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]),
);
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = base64[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const byPackage = new Map();
const byFile = new Map();
const add = (table, key, text) => table.set(key, `${table.get(key) ?? ""}${text}`);
const lines = code.split("\n");
let sourceIndex = 0;
map.mappings.split(";").forEach((group, lineNumber) => {
  const line = lines[lineNumber] ?? "";
  const segments = [];
  let column = 0;
  for (const segment of group ? group.split(",") : []) {
    const [columnDelta, sourceDelta] = decodeSegment(segment);
    column += columnDelta;
    if (sourceDelta !== undefined) sourceIndex += sourceDelta;
    segments.push({ column, source: sourceDelta === undefined ? null : sourceIndex });
  }
  segments.forEach(({ column: start, source }, i) => {
    const text = line.slice(start, segments[i + 1]?.column ?? line.length);
    const name = source === null ? "(wrangler and esbuild glue)" : map.sources[source];
    add(byPackage, source === null ? name : packageOf(name), text);
    add(byFile, source === null ? name : fileOf(name), text);
  });
});

const kib = (bytes) => `${(bytes / 1024).toFixed(1).padStart(6)} KiB`;
function print(title, table, count) {
  const measured = [...table].map(([name, text]) => ({
    name,
    raw: Buffer.byteLength(text),
    gzip: gzipSync(text, { level: 9 }).length,
  }));
  measured.sort((a, b) => b.raw - a.raw);
  console.log(`\n${title}\n      raw      gzip alone`);
  for (const { name, raw, gzip } of measured.slice(0, count)) console.log(`${kib(raw)} ${kib(gzip)}  ${name}`);
}
console.log(
  `dist/index.js: ${kib(Buffer.byteLength(code)).trim()} raw, ${kib(gzipSync(code, { level: 9 }).length).trim()} gzip`,
);
print("by package (ours by folder)", byPackage, rows);
print("by file", byFile, rows);
