export { getDialogueKpi, SessionDialogueKpi } from "./get-dialogue-kpi";
export { DialogueKpiQuery, getPeriodDialogueKpi, PeriodDialogueKpi } from "./get-period-dialogue-kpi";
