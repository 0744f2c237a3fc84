import { createApp } from "./app";
import type { RawEnv } from "./env";
import { runScheduled } from "./jobs/scheduled";

const app = createApp();

export default {
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
  scheduled: async (controller, env) => {
    await runScheduled(controller, env);
  },
} satisfies ExportedHandler<RawEnv>;
