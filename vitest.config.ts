import "./test/setup/map-group-by";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

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
