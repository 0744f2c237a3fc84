/**
 * Build-time switch (wrangler.toml `[define]`): true under `wrangler dev`
 * and in the Worker tests, false in the deployed bundle, where esbuild then
 * drops the developer tools it guards (the dev mailbox).
 */
declare const KYCUONG_DEV_TOOLS: boolean;
/**
 * Build-time switch: true under `wrangler dev` and in the Worker tests, where
 * the Worker generates /openapi.json and /docs from its routes; false in the
 * deployed bundle, which serves both as files written at build time and so
 * carries neither the generator nor the routes' documentation text.
 */
declare const KYCUONG_API_DOCS_AT_RUN_TIME: boolean;
