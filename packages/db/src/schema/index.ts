export * from "./audit-log";
export * from "./officials";
export * from "./tenants";
export * from "./units";
export * from "./users";
