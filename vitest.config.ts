import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// vitest 5's failure reporter calls Map.groupBy, which Node 20 lacks; without
// this a failing assertion crashes the reporter and hides the real error.
if (!("groupBy" in Map)) {
  Object.defineProperty(Map, "groupBy", {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  plugins: [
    cloudflareTest(({ inject }) => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // The real sqld started by the global setup, migrated and empty.
        bindings: {
          LIBSQL_URL: inject("libsqlUrl"),
          // Keys made fresh for this run by the global setup.
          JWT_SIGNING_KEY: inject("jwtSigningKey"),
          JWT_PUBLIC_KEYS: inject("jwtPublicKeys"),
          HOTLINE_SECRET: "test-only-hotline-secret-0123456789abcdef",
          // The local Turnstile stand-in, which passes only the tokens the tests choose.
          TURNSTILE_VERIFY_URL: `${inject("turnstileUrl")}/siteverify`,
          TURNSTILE_SECRET_KEY: inject("turnstileSecret"),
        },
      },
    })),
  ],
  test: {
    globalSetup: ["./test/setup/global-setup.ts"],
    include: ["test/**/*.test.ts", "packages/*/src/**/*.test.ts", "workers/*/src/**/*.test.ts"],
    testTimeout: 20_000,
    // Request logs are noise when a test passes and evidence when it fails.
    silent: "passed-only",
  },
});
