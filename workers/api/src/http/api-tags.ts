/**
 * The document's tags: every operation has exactly one of these, and
 * /openapi.json declares them all (in this order) with their description.
 */
export const apiTags = {
  Public: "What anyone may call without logging in: a district's profile, its hotline and the report intake",
  Open311: "The same intake and status as Open311 GeoReport v2, for existing civic apps",
  Pages: "Server-rendered pages for people (HTML): the hotline form and the report status",
  Console:
    "The staff web console (HTML, cookie session, CSRF token on every form): sign-in, each role's work for today, the hotline inbox and case pages",
  Auth: "Log in, refresh and log out; who a token belongs to; the keys that verify tokens",
  Today: "The signed-in user's work for today, by role (the console's home), computed as the morning's digests are",
  Organisation: "The tenant's units and officials",
  "Staff accounts": "The tenant's staff accounts and their roles",
  Settings: "The tenant's rules: deadlines, thresholds, hotline options, and its working calendar",
  "Hotline reports": "Citizens' reports (phản ánh): recorded, assigned, answered, with their timeline",
  "Hotline directory": "The published hotline channels and the categories a report can be about",
  Dialogues: "Dialogue sessions (đối thoại), their issues and conclusions, and their KPIs",
  "Tasks and reminders": "Tasks assigned by the party or people's committee, and written reminders",
  "Tracking book": "The tracking book (sổ theo dõi) of tasks reminded too often",
  "Violation records": "Violation records (biên bản vi phạm): drafted, sealed, explained, decided",
  Inspections: "Inspection teams, checklist templates and inspections",
  "Overdue alerts": "The digest emails about overdue work, and their delivery",
  Audit: "The tenant's append-only audit log",
  "Tenant data": "All of a tenant's data as JSON lines, for its administrator (see docs/tenant-data.md)",
  Platform: "Tenants and the national calendar they inherit, for platform administrators",
  Operations: "Liveness and readiness",
  Documentation: "This document and its reference page",
  Development: "Local development aids (404 unless the Worker runs with `ENVIRONMENT=dev`)",
} as const satisfies Record<string, string>;

export type ApiTag = keyof typeof apiTags;

/** The OpenAPI `tags` array. */
// Pure: a bundle without the document generator (the deployed one) drops the tags' text too.
export const documentTags = /* @__PURE__ */ Object.entries(apiTags).map(([name, description]) => ({
  name,
  description,
}));
