// What the tests see of the Worker: its bindings under vitest (the global
// setup's sqld URL) and its main module, so `exports.default` is typed.
declare namespace Cloudflare {
  interface Env {
    LIBSQL_URL: string;
  }
  interface GlobalProps {
    mainModule: typeof import("../workers/api/src/index");
  }
}
