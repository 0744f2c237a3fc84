export * from "./audit-log";
export * from "./hotline";
export * from "./officials";
export * from "./reports";
export * from "./tenants";
export * from "./units";
export * from "./users";
