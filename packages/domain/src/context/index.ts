export type { Actor, DomainContext, TenantContext, TenantRef, UserActor } from "../context";
export { newId } from "../ids";
