import { createApp } from "./app";
import type { RawEnv } from "./env";
import { consumeAlertJobs } from "./jobs/alert-queue";
import { runScheduled } from "./jobs/scheduled";

const app = createApp();

export default {
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
  scheduled: async (controller, env) => {
    await runScheduled(controller, env);
  },
  queue: async (batch, env) => {
    await consumeAlertJobs(batch, env);
  },
} satisfies ExportedHandler<RawEnv>;
