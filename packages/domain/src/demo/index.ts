export { demoAlertMorning } from "./demo-alert-morning";
export { demoInspectionId } from "./demo-inspections";
export { seedDemoData } from "./seed-demo-data";
