export { getOpen311Request } from "./get-open311-request";
export { listOpen311Requests, OPEN311_MAX_RESULTS, OPEN311_MAX_SPAN_DAYS } from "./list-open311-requests";
export { listOpen311Services } from "./list-open311-services";
export { open311ServiceNotice, toOpen311Report } from "./open311-intake";
export { Open311Request } from "./open311-request";
export { Open311Service } from "./open311-service";
export { type Open311Status, open311Langs } from "./open311-status";
