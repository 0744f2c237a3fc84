import packageJson from "../package.json";

/** The deployed version, as /health reports it. Bump it in workers/api/package.json. */
export const APP_VERSION: string = packageJson.version;
