export { DomainError, type FieldError, type ProblemExtensions } from "./domain-error";
export { invalidReference, type ReferenceTarget } from "./invalid-reference";
export {
  isProblemCode,
  type ProblemAlsoStatus,
  type ProblemCode,
  type ProblemStatus,
  problemAnchor,
  problemCatalogue,
  problemStatus,
  problemStatuses,
  problemStatusTitles,
} from "./problem-catalogue";
export { type ProblemMeaning, problemMeanings } from "./problem-meanings";
