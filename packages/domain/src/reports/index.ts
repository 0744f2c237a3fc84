export { addReportAttachments, storeReportAttachments } from "./attachments/add-report-attachments";
export { checkAttachments } from "./attachments/check-attachments";
export { readReportAttachment } from "./attachments/read-report-attachment";
export { addReporterMessage, ReporterMessage } from "./intake/add-reporter-message";
export { followReport } from "./intake/follow-report";
export { clientHashOf } from "./intake/keyed-hash";
export { recordReport } from "./intake/record-report";
export { reportByReceipt } from "./intake/report-by-receipt";
export { normalizeTrackingCode, trackingCodeFrom } from "./intake/report-codes";
export { RecordReport, reportLimits } from "./intake/report-input";
export { PublicReport, PublicTimelineEntry } from "./public-report";
export {
  ERASE_PER_RUN,
  ERASED_TEXT,
  type ErasureRun,
  eraseExpiredReporterData,
  eraseExpiredReporterDataEverywhere,
} from "./retention/erase-reporter-data";
export { type ReportDeadline, ReportEvent, ReportListItem, reportDeadline, StaffReport } from "./staff-report";
export { addStaffNote } from "./workflow/add-staff-note";
export { answeringStatuses, emailsReporter } from "./workflow/answer-email";
export { getReport } from "./workflow/get-report";
export { listReports, ReportListQuery } from "./workflow/list-reports";
export { loadReportRow } from "./workflow/load-report";
export { recordStaffReport, StaffRecordReport, staffChannels } from "./workflow/record-staff-report";
export {
  type CategoryChoice,
  type OfficialChoice,
  type ReportCase,
  type ReportFormChoices,
  type ReportInbox,
  reportCase,
  reportFormChoices,
  reportInbox,
  type UnitChoice,
} from "./workflow/report-desk";
export { ReportTransition, StaffNote } from "./workflow/transition-input";
export { type TransitionOptions, transitionReport } from "./workflow/transition-report";
export { availableMoves, type TransitionTarget } from "./workflow/transitions";
