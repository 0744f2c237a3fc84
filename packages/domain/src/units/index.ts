export { createUnit } from "./create-unit";
export { deactivateUnit } from "./deactivate-unit";
export { getUnit } from "./get-unit";
export { listUnits } from "./list-units";
export { CreateUnit, UnitListQuery, UpdateUnit } from "./unit-input";
export { Unit } from "./unit-view";
export { updateUnit } from "./update-unit";
