export type { Actor, DomainContext } from "./context";
export { type SeedSummary, seedDemoData } from "./demo/seed-demo-data";
export { DomainError, type DomainErrorKind, type FieldError, forbidden, notFound } from "./errors";
export { newId } from "./ids";
export { getPublicTenant, type PublicTenant } from "./tenants/get-public-tenant";
export { listActiveTenants } from "./tenants/list-active-tenants";
export { parseTenantSettings, TenantSettings } from "./tenants/tenant-settings";
