export { isDatabaseBusy, retryWhenBusy } from "./busy-retry";
export { createDb, type Db, type DbConfig } from "./client";
export { isUniqueViolation } from "./constraint-errors";
export { DatabaseUnavailableError, isDatabaseUnavailable } from "./database-unavailable";
export {
  type GuardedRowKey,
  type GuardedUpdate,
  guardedUpdate,
  runGuarded,
  StaleWrite,
  staleUnlessWritten,
} from "./guarded-write";
export { pingDatabase } from "./ping";
export * from "./schema";
export { inTenant, inTenantOrPlatform } from "./tenant-scope";
export {
  foreignKeyTargets,
  schemaTableNames,
  type TenantOwnedTable,
  type TenantTable,
  tenantTables,
} from "./tenant-tables";
