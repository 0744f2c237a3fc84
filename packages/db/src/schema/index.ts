export * from "./tenants";
