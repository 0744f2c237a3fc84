export { addExplanationEvidence } from "./add-explanation-evidence";
export { addViolationEvidence } from "./add-violation-evidence";
export { closeViolationRecord } from "./close-violation-record";
export { correctViolationRecord } from "./correct-violation-record";
export { createViolationRecord } from "./create-violation-record";
export { decisionNameList, decisionNames } from "./decision-names";
export { DisciplinaryPeriod } from "./disciplinary-period";
export {
  allowedDecisions,
  DISCIPLINARY_PERIOD_WARNING_DAYS,
  disciplinaryPeriodRules,
  disciplineFormsRules,
} from "./discipline-rules";
export { extendDisciplinaryPeriod } from "./extend-disciplinary-period";
export { getViolationRecord } from "./get-violation-record";
export { getViolationVersion, ViolationVersion } from "./get-violation-version";
export { issueViolationRecord } from "./issue-violation-record";
export { listViolationRecords } from "./list-violation-records";
export { recordDecision, recordSignature, requestExplanation, submitExplanation } from "./official-follow-up";
export { type PrintableViolationRecord, printViolationRecord } from "./print-violation-record";
export { defaultRecordSymbol } from "./record-number";
export { loadRecordSeal, type RecordSeal } from "./record-seal";
export { submitCorrectiveReport } from "./submit-corrective-report";
export { updateViolationRecord } from "./update-violation-record";
export { VerifyResult, verifyFindings, verifyViolationRecord } from "./verify-violation-record";
export {
  CorrectViolationRecord,
  CreateViolationRecord,
  ExtendDisciplinaryPeriod,
  RecordDecision,
  RecordSignature,
  SubmitCorrectiveReport,
  SubmitExplanation,
  UpdateViolationRecord,
  ViolationListQuery,
} from "./violation-input";
export { EvidenceMeta, ViolationRecord, ViolationRecordSummary } from "./violation-view";
