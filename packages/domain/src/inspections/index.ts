export { createChecklistTemplate, listChecklistTemplates } from "./checklist-templates";
export { createInspection } from "./create-inspection";
export { getInspection } from "./get-inspection";
export {
  ChecklistResults,
  CompleteInspection,
  CreateChecklistTemplate,
  CreateInspection,
  CreateInspectionTeam,
  InspectionListQuery,
  UpdateInspectionTeam,
} from "./inspection-input";
export { cancelInspection, completeInspection, startInspection } from "./inspection-lifecycle";
export { createInspectionTeam, getInspectionTeam, listInspectionTeams, updateInspectionTeam } from "./inspection-teams";
export { ChecklistTemplate, Inspection, InspectionDetail, InspectionTeam } from "./inspection-view";
export { listInspections } from "./list-inspections";
export { recordChecklist } from "./record-checklist";
