export { addExplanationEvidence } from "./add-explanation-evidence";
export { addViolationEvidence } from "./add-violation-evidence";
export { closeViolationRecord } from "./close-violation-record";
export { correctViolationRecord } from "./correct-violation-record";
export { createViolationRecord } from "./create-violation-record";
export { getViolationRecord } from "./get-violation-record";
export { getViolationVersion, ViolationVersion } from "./get-violation-version";
export { issueViolationRecord } from "./issue-violation-record";
export { listViolationRecords } from "./list-violation-records";
export { type PrintableViolationRecord, printViolationRecord } from "./print-violation-record";
export { recordDecision } from "./record-decision";
export { recordSignature } from "./record-signature";
export { requestExplanation } from "./request-explanation";
export { submitCorrectiveReport } from "./submit-corrective-report";
export { submitExplanation } from "./submit-explanation";
export { updateViolationRecord } from "./update-violation-record";
export { VerifyResult, verifyViolationRecord } from "./verify-violation-record";
export {
  CorrectViolationRecord,
  CreateViolationRecord,
  RecordDecision,
  RecordSignature,
  SubmitCorrectiveReport,
  SubmitExplanation,
  UpdateViolationRecord,
  ViolationListQuery,
} from "./violation-input";
export { EvidenceMeta, ViolationRecord, ViolationRecordSummary } from "./violation-view";
