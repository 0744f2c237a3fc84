import "./test/setup/map-group-by";
import { defineConfig } from "vitest/config";

// Browser tests: plain Node, driving Debian's Chromium with playwright-core
// against the real stack (wrangler dev + sqld) started by the global setup.
// The Worker-level suite is vitest.config.ts (inside workerd).

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["./test/e2e/setup/local-stack.ts", "./test/e2e/setup/production-stack.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
