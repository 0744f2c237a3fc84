/** Path of an installed Chromium (CHROMIUM_PATH or Debian's), or undefined. */
export function findChromium(): string | undefined;
/** Path of Chromium, installing Debian's package first when missing (root only). */
export function ensureChromium(): string;
