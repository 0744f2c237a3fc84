/** Names that exist only in packages/demo. */
export const DEMO_NAMES: readonly string[];
/** Source-map paths of development-only modules (the demo package, the dev mailbox). */
export const DEV_ONLY_MODULES: readonly RegExp[];
/** The bundle's text with esbuild's `\uXXXX`, `\u{…}` and `\xXX` escapes read back, in NFC. */
export function unescapeBundle(source: string): string;
/** What gives the demo away in a bundle (its modules, its names); empty when clean. */
export function demoTraces(bundle: string, sourceMap: { sources?: string[] } | null): string[];
