// The production bundle must not carry the demo districts (@kycuong/demo is
// for `npm run dev` and the tests) nor the dev mailbox (compiled in only with
// KYCUONG_DEV_TOOLS, see wrangler.toml). Checked on what `wrangler deploy`
// would upload: by the modules it was built from (its source map) and by
// names only the demo data uses, so a copy pasted into the Worker is caught too.

/** Names that exist only in packages/demo: a place, an invented person, the demo logins' domain. */
export const DEMO_NAMES = ["Bình Thanh Đông", "Phan Văn Tâm", "Phước Hòa", "binh-son.example"];

/** Modules for development only: the demo package and the dev mailbox's routes, page and transport. */
export const DEV_ONLY_MODULES = [
  /(^|\/)packages\/demo\//,
  /(^|\/)workers\/api\/src\/routes\/dev\//,
  /(^|\/)workers\/api\/src\/pages\/dev-outbox-page\.tsx$/,
  /(^|\/)workers\/api\/src\/email\/dev-mailbox-transport\.ts$/,
];

/** esbuild writes non-ASCII text as `\uXXXX`, `\u{…}` and `\xXX` escapes: read them back before searching. */
export function unescapeBundle(source) {
  return source
    .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_, braced, four, two) =>
      String.fromCodePoint(Number.parseInt(braced ?? four ?? two, 16)),
    )
    .normalize("NFC");
}

/**
 * What gives the demo away in a bundle: its modules in the source map's
 * `sources`, and demo names in the code. Empty when the bundle is clean.
 */
export function demoTraces(bundle, sourceMap) {
  const traces = [];
  for (const source of sourceMap?.sources ?? []) {
    if (DEV_ONLY_MODULES.some((pattern) => pattern.test(source))) traces.push(`module ${source}`);
  }
  const text = unescapeBundle(bundle);
  for (const name of DEMO_NAMES) if (text.includes(name)) traces.push(`demo name "${name}"`);
  return traces;
}
