import type { Actor, DomainContext } from "@kycuong/domain/context";
import type { Context } from "hono";
import type { AppEnv } from "./app-env";

/** The bridge from a request to the domain: the verbs never see Hono. */
export function domainContext(c: Context<AppEnv>, actor: Actor): DomainContext {
  return { db: c.var.db, now: new Date(), actor, requestId: c.var.requestId };
}
