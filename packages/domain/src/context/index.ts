export type { Actor, DomainContext, TenantContext, TenantRef, UserActor } from "./domain-context";
export { newId } from "./ids";
