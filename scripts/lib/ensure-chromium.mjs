// The browser tests drive Debian's Chromium (Playwright cannot download its
// own browsers here). Installs it with apt when missing and we are root, as
// on every machine of this workplace; otherwise says exactly what to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium() {
  return process.env.CHROMIUM_PATH ?? candidates.find((path) => existsSync(path));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    console.error("The browser tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).");
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the browser tests …");
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  if (!install()) {
    // A fresh machine's package lists may be empty or stale.
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    if (!install()) {
      console.error("Could not install chromium with apt-get; see the output above.");
      process.exit(1);
    }
  }
  const installed = findChromium();
  if (!installed) {
    console.error("chromium was installed but not found at /usr/bin/chromium; set CHROMIUM_PATH.");
    process.exit(1);
  }
  return installed;
}
