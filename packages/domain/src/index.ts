export { assertCan } from "./access/assert-can";
export { type Permission, permissions, rolePermissions, rolesGrant } from "./access/permissions";
export { visibleUnitIds } from "./access/unit-scope";
export {
  type AlertItem,
  type AlertItemKind,
  alertItemKindLabels,
  alertItemKinds,
  type DigestItem,
  type RenderedEmail,
} from "./alerts/alert-item";
export { alertItemQueries } from "./alerts/alert-item-queries";
export { alertWindow, localHour } from "./alerts/alert-window";
export { deliverPendingNotifications } from "./alerts/deliver-notifications";
export { EmailDeliveryError, type EmailTransport, type OutgoingEmail } from "./alerts/email-transport";
export { type AlertJob, findTenantsToAlert } from "./alerts/find-tenants-to-alert";
export { getNotification } from "./alerts/get-notification";
export { listNotifications, NotificationListQuery } from "./alerts/list-notifications";
export { Notification, NotificationSummary } from "./alerts/notification-view";
export { planTenantDigests } from "./alerts/plan-tenant-digests";
export { resendNotification } from "./alerts/resend-notification";
export { runTenantAlerts, type TenantAlertOutcome } from "./alerts/run-tenant-alerts";
export { retryDelayMs } from "./alerts/send-attempt";
export { auditEntry, changedFields } from "./audit/audit-entry";
export { AuditListQuery, AuditRecord, listAudit } from "./audit/list-audit";
export type { Account } from "./auth/account";
export { loadAccount } from "./auth/load-account";
export { login } from "./auth/login";
export { LOCK_AFTER, LOCK_MINUTES, SLOW_DOWN_AFTER } from "./auth/login-throttle";
export { logout } from "./auth/logout";
export { hashPassword, MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS, verifyPassword } from "./auth/password-hash";
export { Password, passwordProblems } from "./auth/password-policy";
export { refreshSession } from "./auth/refresh-session";
export { newSecretToken, sha256Hex } from "./auth/secret-token";
export { addCalendarMonths } from "./calendar/add-months";
export { addDays, endOfLocalDay, localDate, weekday } from "./calendar/local-date";
export { vietnamHolidays } from "./calendar/vietnam-holidays";
export {
  dueAfterWorkingDays,
  isWorkingDay,
  type WorkingCalendar,
  workingCalendar,
  workingDaysOverdue,
} from "./calendar/working-calendar";
export type { Actor, DomainContext, TenantContext, TenantRef, UserActor } from "./context";
export { demoAlertMorning } from "./demo/demo-alert-morning";
export { demoInspectionId } from "./demo/demo-inspections";
export { type SeedSummary, seedDemoData } from "./demo/seed-demo-data";
export { addDialogueIssue } from "./dialogues/add-dialogue-issue";
export { conclusionTransitions } from "./dialogues/conclusion-transitions";
export { createDialogue } from "./dialogues/create-dialogue";
export { conclusionDeadline } from "./dialogues/dialogue-dates";
export { CreateDialogue, DialogueListQuery, dialogueLevels, UpdateDialogue } from "./dialogues/dialogue-input";
export {
  DialogueConclusion,
  DialogueDetail,
  DialogueIssue,
  DialogueSession,
  isOverdue as isDialogueConclusionOverdue,
} from "./dialogues/dialogue-view";
export { getDialogue } from "./dialogues/get-dialogue";
export { getDialogueIssue } from "./dialogues/get-dialogue-issue";
export {
  ConclusionListQuery,
  ConclusionProgress,
  CreateDialogueIssue,
  UpdateDialogueIssue,
} from "./dialogues/issue-input";
export { listDialogueConclusions } from "./dialogues/list-dialogue-conclusions";
export { listDialogues } from "./dialogues/list-dialogues";
export { recordConclusionProgress } from "./dialogues/record-conclusion-progress";
export { updateDialogue } from "./dialogues/update-dialogue";
export { updateDialogueIssue } from "./dialogues/update-dialogue-issue";
export {
  DomainError,
  type FieldError,
  invalidReference,
  isProblemCode,
  type ProblemAlsoStatus,
  type ProblemCode,
  type ProblemStatus,
  problemAnchor,
  problemCatalogue,
  problemStatus,
  problemStatuses,
  problemStatusTitles,
  type ReferenceTarget,
} from "./errors";
export { createHotlineChannel } from "./hotline/create-hotline-channel";
export { createReportCategory } from "./hotline/create-report-category";
export { deactivateHotlineChannel } from "./hotline/deactivate-hotline-channel";
export { deactivateReportCategory } from "./hotline/deactivate-report-category";
export { getPublicHotline, PublicHotline, PublicHotlineChannel } from "./hotline/get-public-hotline";
export {
  type ChannelKind,
  CreateHotlineChannel,
  channelKinds,
  HotlineChannelListQuery,
  UpdateHotlineChannel,
} from "./hotline/hotline-channel-input";
export { HotlineChannel, type HotlineChannelRow, toHotlineChannel } from "./hotline/hotline-channel-view";
export { listHotlineChannels } from "./hotline/list-hotline-channels";
export {
  listPublicReportCategories,
  PublicReportCategories,
  PublicReportCategory,
} from "./hotline/list-public-report-categories";
export { listReportCategories } from "./hotline/list-report-categories";
export { CreateReportCategory, ReportCategoryListQuery, UpdateReportCategory } from "./hotline/report-category-input";
export { ReportCategory, type ReportCategoryRow, toReportCategory } from "./hotline/report-category-view";
export { loadHotlineChannelRow, updateHotlineChannel } from "./hotline/update-hotline-channel";
export { loadReportCategoryRow, updateReportCategory } from "./hotline/update-report-category";
export { newId } from "./ids";
export { cancelInspection } from "./inspections/cancel-inspection";
export { completeInspection } from "./inspections/complete-inspection";
export { createChecklistTemplate } from "./inspections/create-checklist-template";
export { createInspection } from "./inspections/create-inspection";
export { createInspectionTeam } from "./inspections/create-inspection-team";
export { getInspection } from "./inspections/get-inspection";
export { getInspectionTeam } from "./inspections/get-inspection-team";
export {
  ChecklistResults,
  CompleteInspection,
  CreateChecklistTemplate,
  CreateInspection,
  CreateInspectionTeam,
  InspectionListQuery,
  UpdateInspectionTeam,
} from "./inspections/inspection-input";
export { findInspection } from "./inspections/inspection-query";
export {
  ChecklistTemplate,
  Inspection,
  InspectionDetail,
  type InspectionRow,
  InspectionTeam,
} from "./inspections/inspection-view";
export { listChecklistTemplates } from "./inspections/list-checklist-templates";
export { listInspectionTeams } from "./inspections/list-inspection-teams";
export { listInspections } from "./inspections/list-inspections";
export { recordChecklist } from "./inspections/record-checklist";
export { startInspection } from "./inspections/start-inspection";
export { updateInspectionTeam } from "./inspections/update-inspection-team";
export {
  ConclusionsKpi,
  conclusionsKpi,
  OnTheSpotKpi,
  onTheSpotKpi,
} from "./kpi/dialogue-kpi-math";
export { decimalFraction, meetsTarget, rateOf } from "./kpi/exact-ratio";
export { getDialogueKpi, SessionDialogueKpi } from "./kpi/get-dialogue-kpi";
export { DialogueKpiQuery, getPeriodDialogueKpi, PeriodDialogueKpi } from "./kpi/get-period-dialogue-kpi";
export { createOfficial } from "./officials/create-official";
export { getOfficial, loadOfficialRow } from "./officials/get-official";
export {
  ImportInvalidError,
  type ImportRowError,
  type ImportRowResult,
  type ImportSummary,
  importOfficials,
  MAX_IMPORT_ROWS,
} from "./officials/import-officials";
export { listOfficials } from "./officials/list-officials";
export { markOfficialLeft } from "./officials/mark-official-left";
export { CreateOfficial, OfficialListQuery, officialFields, UpdateOfficial } from "./officials/official-input";
export { Official, type OfficialStatus, officialStatuses, toOfficial } from "./officials/official-view";
export { CsvSyntaxError, parseCsv } from "./officials/parse-csv";
export { updateOfficial } from "./officials/update-official";
export { getOpen311Request } from "./open311/get-open311-request";
export {
  listOpen311Requests,
  OPEN311_MAX_RESULTS,
  OPEN311_MAX_SPAN_DAYS,
  type Open311RequestFilter,
} from "./open311/list-open311-requests";
export { listOpen311Services } from "./open311/list-open311-services";
export {
  type Open311Intake,
  type Open311RequestFields,
  open311ServiceNotice,
  toOpen311Report,
} from "./open311/open311-intake";
export { Open311Request, toOpen311Request } from "./open311/open311-request";
export { Open311Service, toOpen311Service } from "./open311/open311-service";
export {
  type Open311Lang,
  type Open311Status,
  open311Langs,
  open311Statuses,
  open311StatusNotes,
  toOpen311Status,
} from "./open311/open311-status";
export { decodeCursor, encodeCursor, type Page, PageQuery, toPage } from "./pagination/cursor";
export { CreateTenant, createTenant } from "./platform/create-tenant";
export { getTenantBySlug, listTenants } from "./platform/list-tenants";
export { setTenantStatus } from "./platform/set-tenant-status";
export { TenantAdminView, toTenantAdminView } from "./platform/tenant-view";
export { addReportAttachments, storeReportAttachments } from "./reports/attachments/add-report-attachments";
export type { AttachmentStore } from "./reports/attachments/attachment-store";
export {
  checkAttachments,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_REPORT,
} from "./reports/attachments/check-attachments";
export { readReportAttachment } from "./reports/attachments/read-report-attachment";
export { addReporterMessage, ReporterMessage } from "./reports/intake/add-reporter-message";
export { followReport } from "./reports/intake/follow-report";
export { clientHashOf } from "./reports/intake/keyed-hash";
export { type IntakeContext, type RecordReportOptions, recordReport } from "./reports/intake/record-report";
export { noReportForReceipt, reportByReceipt } from "./reports/intake/report-by-receipt";
export { normalizeTrackingCode } from "./reports/intake/report-codes";
export { type RecordedReport, RecordReport, type ReportCategoryName } from "./reports/intake/report-input";
export { PublicReport, PublicTimelineEntry, toPublicReport } from "./reports/public-report";
export {
  ReportEvent,
  ReportListItem,
  StaffReport,
  toReportEvent,
} from "./reports/staff-report";
export { addStaffNote } from "./reports/workflow/add-staff-note";
export { getReport } from "./reports/workflow/get-report";
export { listReports, ReportListQuery } from "./reports/workflow/list-reports";
export { loadReportRow, type ReportRow, reportNotFound } from "./reports/workflow/load-report";
export { recordStaffReport, StaffRecordReport, staffChannels } from "./reports/workflow/record-staff-report";
export { ReportTransition, StaffNote } from "./reports/workflow/transition-input";
export { transitionReport } from "./reports/workflow/transition-report";
export {
  allowedTransitions,
  finishedStatuses,
  type TransitionTarget,
  transitionTargets,
} from "./reports/workflow/transitions";
export { getTenantSettings } from "./settings/get-settings";
export { SettingsPatch } from "./settings/settings-patch";
export { updateTenantSettings } from "./settings/update-settings";
export { cancelTask } from "./tasks/cancel-task";
export { completeTask } from "./tasks/complete-task";
export { createTask } from "./tasks/create-task";
export { getTask } from "./tasks/get-task";
export { listReminders } from "./tasks/list-reminders";
export { listTasks } from "./tasks/list-tasks";
export { recordReminder } from "./tasks/record-reminder";
export { CompleteTask, CreateTask, RecordReminder, TaskListQuery, UpdateTask } from "./tasks/task-input";
export { RecordedReminder, Reminder, Task } from "./tasks/task-view";
export { updateTask } from "./tasks/update-task";
export { getPublicTenant, type PublicTenant } from "./tenants/get-public-tenant";
export { listActiveTenants } from "./tenants/list-active-tenants";
export { resolveTenant } from "./tenants/resolve-tenant";
export { tenantNotFound } from "./tenants/tenant-not-found";
export { parseTenantSettings, TenantSettings } from "./tenants/tenant-settings";
export { annulTrackingBookEntry } from "./tracking-book/annul-tracking-book-entry";
export { exportTrackingBookCsv, type TrackingBookCsv } from "./tracking-book/export-tracking-book-csv";
export { getTrackingBookEntry } from "./tracking-book/get-tracking-book-entry";
export { listTrackingBook } from "./tracking-book/list-tracking-book";
export { AnnulEntry, TrackingBookEntry, TrackingBookQuery } from "./tracking-book/tracking-book-view";
export { createUnit } from "./units/create-unit";
export { deactivateUnit } from "./units/deactivate-unit";
export { getUnit } from "./units/get-unit";
export { listUnits } from "./units/list-units";
export { assertOfficialExists, assertUnitExists } from "./units/references";
export { CreateUnit, UnitListQuery, UpdateUnit } from "./units/unit-input";
export { toUnit, Unit } from "./units/unit-view";
export { updateUnit } from "./units/update-unit";
export { createUser } from "./users/create-user";
export { deactivateUser } from "./users/deactivate-user";
export { getUser } from "./users/get-user";
export { listUsers } from "./users/list-users";
export { updateUser } from "./users/update-user";
export { CreateUser, type TenantRole, tenantRoles, UpdateUser, UserListQuery } from "./users/user-input";
export { toUser, User } from "./users/user-view";
export { addExplanationEvidence } from "./violations/add-explanation-evidence";
export { addViolationEvidence } from "./violations/add-violation-evidence";
export { closeViolationRecord } from "./violations/close-violation-record";
export { correctViolationRecord } from "./violations/correct-violation-record";
export { createViolationRecord } from "./violations/create-violation-record";
export { getViolationRecord } from "./violations/get-violation-record";
export { getViolationVersion, ViolationVersion } from "./violations/get-violation-version";
export { issueViolationRecord } from "./violations/issue-violation-record";
export { listViolationRecords } from "./violations/list-violation-records";
export { type PrintableViolationRecord, printViolationRecord } from "./violations/print-violation-record";
export { recordDecision } from "./violations/record-decision";
export { recordSignature } from "./violations/record-signature";
export { requestExplanation } from "./violations/request-explanation";
export { submitCorrectiveReport } from "./violations/submit-corrective-report";
export { submitExplanation } from "./violations/submit-explanation";
export { updateViolationRecord } from "./violations/update-violation-record";
export { VerifyResult, verifyViolationRecord } from "./violations/verify-violation-record";
export {
  CorrectViolationRecord,
  CreateViolationRecord,
  RecordDecision,
  RecordSignature,
  SubmitCorrectiveReport,
  SubmitExplanation,
  UpdateViolationRecord,
  ViolationListQuery,
} from "./violations/violation-input";
export { EvidenceMeta, ViolationRecord, ViolationRecordSummary } from "./violations/violation-view";
