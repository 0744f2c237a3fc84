export { ImportInvalidError, importOfficials, MAX_IMPORT_ROWS } from "./import-officials";
export { CreateOfficial, OfficialListQuery, UpdateOfficial } from "./official-input";
export { Official } from "./official-view";
export { createOfficial, getOfficial, listOfficials, markOfficialLeft, updateOfficial } from "./officials";
