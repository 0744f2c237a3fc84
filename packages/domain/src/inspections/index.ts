export { cancelInspection } from "./cancel-inspection";
export { completeInspection } from "./complete-inspection";
export { createChecklistTemplate } from "./create-checklist-template";
export { createInspection } from "./create-inspection";
export { createInspectionTeam } from "./create-inspection-team";
export { getInspection } from "./get-inspection";
export { getInspectionTeam } from "./get-inspection-team";
export {
  ChecklistResults,
  CompleteInspection,
  CreateChecklistTemplate,
  CreateInspection,
  CreateInspectionTeam,
  InspectionListQuery,
  UpdateInspectionTeam,
} from "./inspection-input";
export { ChecklistTemplate, Inspection, InspectionDetail, InspectionTeam } from "./inspection-view";
export { listChecklistTemplates } from "./list-checklist-templates";
export { listInspectionTeams } from "./list-inspection-teams";
export { listInspections } from "./list-inspections";
export { recordChecklist } from "./record-checklist";
export { startInspection } from "./start-inspection";
export { updateInspectionTeam } from "./update-inspection-team";
