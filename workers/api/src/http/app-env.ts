import type { Db } from "@kycuong/db";
import type { TenantRef, UserActor } from "@kycuong/domain/context";
import type { ConsoleSession } from "@kycuong/domain/identity";
import type { RawEnv, WorkerEnv } from "../env";

/** Hono's typing for this app: what every handler can read from `c.env` and `c.var`. */
export interface AppEnv {
  Bindings: RawEnv;
  Variables: {
    requestId: string;
    config: WorkerEnv;
    db: Db;
    /** This request's database round trips and the time spent in them (request log, Server-Timing in dev). */
    dbUsage: { roundTrips: number; milliseconds: number };
    /** Set by tenant-scoped routes so the request log can name the tenant. */
    tenantSlug?: string;
    /** The signed-in staff member, set by `authenticate` / `tenantAccess`. */
    actor: UserActor;
    /** The tenant of a `/v1/tenants/{slug}/…` route, set by `tenantAccess`. */
    tenant: TenantRef;
    /** The console page's signed-in session, set by `consoleSession`. */
    consoleSession: ConsoleSession;
  };
}
