import "./test/setup/map-group-by";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The Worker under test is the dev build: the dev mailbox is compiled in (wrangler.toml's [define] turns it off
  // for deployment), and still answers only with ENVIRONMENT=dev, which test/dev-outbox.test.ts checks both ways.
  define: { KYCUONG_DEV_TOOLS: "true", KYCUONG_API_DOCS_AT_RUN_TIME: "true" },
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
          // The records' seal key, made the same way, and a key "rotated out" that stays published.
          SEAL_PRIVATE_KEY: inject("sealPrivateKey"),
          SEAL_PUBLIC_KEYS: inject("sealPublicKeys"),
          HOTLINE_SECRET: "test-only-hotline-secret-0123456789abcdef",
          // The local Turnstile stand-in, which passes only the tokens the tests choose.
          TURNSTILE_VERIFY_URL: `${inject("turnstileUrl")}/siteverify`,
          TURNSTILE_SECRET_KEY: inject("turnstileSecret"),
          // The local email API stand-in; tests read what it received by recipient.
          EMAIL_TRANSPORT: "http",
          EMAIL_API_URL: `${inject("emailApiUrl")}/emails`,
          EMAIL_API_KEY: inject("emailApiKey"),
          EMAIL_FROM: "Kỷ Cương <canhbao@kycuong.test>",
          PUBLIC_BASE_URL: "https://kycuong.test",
        },
        // A local `send_email` binding (miniflare parses what it is given and
        // refuses other destinations, like production), for the transport's
        // own test; it stays out of wrangler.toml, which production reads.
        email: {
          send_email: [{ name: "SEND_EMAIL", allowed_destination_addresses: ["da-xac-minh@kycuong.test"] }],
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
