export { createOfficial } from "./create-official";
export { getOfficial } from "./get-official";
export { ImportInvalidError, importOfficials, MAX_IMPORT_ROWS } from "./import-officials";
export { listOfficials } from "./list-officials";
export { markOfficialLeft } from "./mark-official-left";
export { CreateOfficial, OfficialListQuery, UpdateOfficial } from "./official-input";
export { Official } from "./official-view";
export { updateOfficial } from "./update-official";
