export { type AlertItemKind, alertItemKindLabels, alertItemKinds } from "./alert-item";
export { deliverPendingNotifications } from "./deliver-notifications";
export { EmailDeliveryError, type EmailTransport, type OutgoingEmail } from "./email-transport";
export { type AlertJob, findTenantsToAlert } from "./find-tenants-to-alert";
export { getNotification } from "./get-notification";
export { listNotifications, NotificationListQuery } from "./list-notifications";
export { Notification, NotificationSummary } from "./notification-view";
export { resendNotification } from "./resend-notification";
export { runTenantAlerts, type TenantAlertOutcome } from "./run-tenant-alerts";
export { singleEmailKinds } from "./single-email";
export { todaysWork } from "./todays-work";
export {
  HotlineToday,
  InspectorToday,
  LeadershipToday,
  PartyOfficeToday,
  TodayEntry,
  TodayItem,
  TodaysWork,
  TodayUnit,
  UnitHeadToday,
} from "./todays-work-view";
