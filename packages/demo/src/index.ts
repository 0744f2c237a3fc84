/**
 * The demo districts (Bình Sơn, Sơn Tịnh) that `npm run dev`, the tests and
 * the browser suite seed. Built only from the domain's public verbs and the
 * schema; the Worker never imports this package, and `npm run build` fails
 * if demo names reach the production bundle.
 */
export { demoAlertMorning } from "./demo-alert-morning";
export { demoInspectionId } from "./demo-inspections";
export { type SeedSummary, seedDemoData } from "./seed-demo-data";
