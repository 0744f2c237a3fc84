export { createDb, type Db, type DbConfig } from "./client";
export { pingDatabase } from "./ping";
export * from "./schema";
