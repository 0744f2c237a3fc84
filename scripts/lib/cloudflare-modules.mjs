// `tsx --import ./scripts/lib/cloudflare-modules.mjs …`: lets plain Node load
// the Worker's app (see cloudflare-modules-hooks.mjs).
import { register } from "node:module";

register("./cloudflare-modules-hooks.mjs", import.meta.url);
