export { AuditListQuery, AuditRecord, listAudit } from "./list-audit";
