// `npm run dev`: install what is missing, then run the local stack
// (scripts/dev-stack.ts) in this same process through tsx's loader, so that
// Ctrl-C reaches the one process that knows what to stop.
import { ensureInstalled } from "./lib/ensure-installed.mjs";

ensureInstalled();
const { register } = await import("tsx/esm/api");
register();
await import("./dev-stack.ts");
