/**
 * Build-time switch (wrangler.toml `[define]`): true under `wrangler dev`
 * and in the Worker tests, false in the deployed bundle, where esbuild then
 * drops the developer tools it guards (the dev mailbox).
 */
declare const KYCUONG_DEV_TOOLS: boolean;
