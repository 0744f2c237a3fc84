// What the tests see of the Worker: its bindings under vitest (the global
// setup's sqld URL and keys) and its main module, so `exports.default` is typed.
declare namespace Cloudflare {
  interface Env {
    LIBSQL_URL: string;
    JWT_SIGNING_KEY: string;
    JWT_PUBLIC_KEYS: string;
    SEAL_PRIVATE_KEY: string;
    SEAL_PUBLIC_KEYS: string;
    HOTLINE_SECRET: string;
    INTAKE_RATE_LIMITER: RateLimit;
    RECEIPT_RATE_LIMITER: RateLimit;
    PASSWORD_RESET_RATE_LIMITER: RateLimit;
    ATTACHMENTS: R2Bucket;
  }
  interface GlobalProps {
    mainModule: typeof import("../workers/api/src/index");
  }
}

// Vite's `import.meta.glob`, as the tests use it (vite/client is not a root dependency).
interface ImportMeta {
  glob(pattern: string | string[], options: { query: "?raw"; import: "default"; eager: true }): Record<string, string>;
}
