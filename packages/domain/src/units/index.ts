export { CreateUnit, UnitListQuery, UpdateUnit } from "./unit-input";
export { Unit } from "./unit-view";
export { createUnit, deactivateUnit, getUnit, listUnits, updateUnit } from "./units";
