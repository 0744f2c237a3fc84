/** Builds the production bundle into `outdir` (`wrangler deploy --dry-run --env production`); throws when it fails. */
export function buildProductionBundle(options: { outdir: string; output?: "inherit" | "ignore" }): { script: string };
