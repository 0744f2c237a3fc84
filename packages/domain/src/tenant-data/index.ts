export { DeletedTenant, DeleteTenant, deleteTenant } from "./delete-tenant";
export { exportPolicy, policyOf, type TablePolicy } from "./export-policy";
export {
  ATTACHMENT_OBJECTS,
  EXPORT_PAGE_ROWS,
  type ExportLine,
  exportTenantData,
  type TenantExport,
} from "./export-tenant-data";
export { ORPHAN_GRACE_MS, type OrphanSweep, removeOrphanObjects } from "./remove-orphan-objects";
