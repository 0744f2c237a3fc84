import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { inject } from "vitest";

/** Screenshots land here (git-ignored), for people to look at after a run. */
export const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), "artifacts");

/**
 * Debian's Chromium, headless (Playwright gives it a fresh profile), with
 * every background connection off: this machine has no internet, and a
 * browser that keeps trying slows tests down.
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}
