export { LocalDate } from "./dates";
export { SLUG_PATTERN } from "./ids";
export { pageLimits } from "./page-query";
export { illFormedStrings } from "./well-formed-json";
