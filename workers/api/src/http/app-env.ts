import type { Db } from "@kycuong/db";
import type { RawEnv, WorkerEnv } from "../env";

/** Hono's typing for this app: what every handler can read from `c.env` and `c.var`. */
export interface AppEnv {
  Bindings: RawEnv;
  Variables: {
    requestId: string;
    config: WorkerEnv;
    db: Db;
    /** Set by tenant-scoped routes so the request log can name the tenant. */
    tenantSlug?: string;
  };
}
