import { z } from "@hono/zod-openapi";
import {
  CreateOfficial,
  createOfficial,
  getOfficial,
  ImportInvalidError,
  importOfficials,
  listOfficials,
  MAX_IMPORT_ROWS,
  markOfficialLeft,
  Official,
  OfficialListQuery,
  UpdateOfficial,
  updateOfficial,
} from "@kycuong/domain/officials";
import { jsonBody, jsonResponse, PageParams, pageOf, TenantItemParams, TenantParams } from "../../http/common-schemas";
import { acceptedLanguage, oneLanguage } from "../../http/language";
import { Problem, problemBody, problemContent, problemHeaders } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";

/** A 5,000-row roster is about 1 MB; the import route declares it over the app-wide 256 KiB cap. */
export const MAX_IMPORT_BODY_BYTES = 2 * 1024 * 1024;

// Domain schemas are used as they are: they are built before @hono/zod-openapi
// extends zod, so they have no `.openapi()`; the generator inlines them.
const OfficialSchema = Official;
const tag = "Organisation";

const list = staffRoute({
  operationId: "listOfficials",
  method: "get",
  path: "/",
  tag,
  summary: "List officials (a unit head sees only their unit's subtree)",
  permission: "organisation:read",
  request: { params: TenantParams, query: PageParams.extend(OfficialListQuery.shape) },
  responses: {
    200: jsonResponse(pageOf(OfficialSchema, "OfficialPage"), "A page of officials"),
    400: problemContent("Bad query"),
  },
});

const get = staffRoute({
  operationId: "getOfficial",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One official",
  permission: "organisation:read",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(OfficialSchema, "The official") },
});

const create = staffRoute({
  operationId: "createOfficial",
  method: "post",
  path: "/",
  tag,
  summary: "Add an official",
  permission: "organisation:write",
  request: { params: TenantParams, body: jsonBody(CreateOfficial) },
  responses: {
    201: jsonResponse(OfficialSchema, "Created"),
    400: problemContent("Invalid official, or a unit not in this tenant (`invalid_reference`)"),
    409: problemContent("Another official has this employee code or email (`official_duplicate`)"),
  },
});

const update = staffRoute({
  operationId: "updateOfficial",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Change an official",
  permission: "organisation:write",
  request: { params: TenantItemParams, body: jsonBody(UpdateOfficial) },
  responses: {
    200: jsonResponse(OfficialSchema, "Updated"),
    400: problemContent("Invalid change"),
    409: problemContent("Another official has this employee code or email (`official_duplicate`)"),
  },
});

const markLeft = staffRoute({
  operationId: "markOfficialLeft",
  method: "post",
  path: `/{id}/mark-left`,
  tag,
  summary: "Record that an official has left (officials are never deleted)",
  permission: "organisation:write",
  request: { params: TenantItemParams },
  responses: { 200: jsonResponse(OfficialSchema, "Marked as left") },
});

/** The answer to an import that wrote every row. */
export const ImportResult = z
  .object({
    created: z.int(),
    updated: z.int(),
    results: z.array(z.object({ row: z.int(), status: z.enum(["created", "updated"]), id: z.string() })),
  })
  .openapi("OfficialImportResult");

/** The 422 answer to an import with invalid rows: each bad row's errors. */
export const ImportProblem = Problem.extend({
  results: z.array(
    z.object({
      row: z.int(),
      status: z.literal("error"),
      errors: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  ),
}).openapi("OfficialImportProblem");

const importCsv = staffRoute({
  operationId: "importOfficials",
  method: "post",
  path: "/officials:import",
  tag,
  summary: "Import officials from a CSV roster",
  description: [
    "Body: UTF-8 CSV (`Content-Type: text/csv`), a BOM allowed, RFC 4180 quoting, a header row.",
    "Columns, in any order, names case-insensitive: `employee_code`, `full_name`, `kind`",
    "(cadre/cán bộ, civil_servant/công chức, public_employee/viên chức), `position`, `unit_code`",
    "(a unit's code in this tenant), `email`, `phone`, `party_member` and `holds_leadership_post`",
    "(true/false/1/0/có/không; the second decides which disciplinary forms apply),",
    "`status` (active/left, default active). `full_name`, `kind` and `unit_code` are required, and",
    "each row needs an `employee_code` or `email`: a row updates the official with that employee code,",
    "else the one with that email, else it adds a new one. An empty cell leaves an existing official's",
    `value unchanged. At most ${MAX_IMPORT_ROWS} rows and ${MAX_IMPORT_BODY_BYTES / 1024 / 1024} MiB.`,
    "All or nothing: if any row is invalid nothing is written and the 422 lists each failing row.",
  ].join(" "),
  permission: "organisation:write",
  maxBodyBytes: MAX_IMPORT_BODY_BYTES,
  request: {
    params: TenantParams,
    body: {
      required: true,
      content: {
        "text/csv": {
          schema: z.string().openapi({
            example:
              "employee_code,full_name,kind,unit_code,email\nCB001,Nguyễn Thị Ánh,civil_servant,UBND,anh@binhson.gov.vn",
          }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(ImportResult, "Every row was written"),
    413: problemContent(
      `Over ${MAX_IMPORT_BODY_BYTES / 1024 / 1024} MiB (\`payload_too_large\`) or ${MAX_IMPORT_ROWS} rows (\`import_too_large\`)`,
    ),
    415: problemContent("Not `text/csv` (`unsupported_media_type`)"),
    422: {
      description: "Nothing was written (`import_invalid`); `results` lists each failing row",
      content: { "application/problem+json": { schema: ImportProblem } },
    },
  },
});

export const officialRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listOfficials(tenantContext(c), c.req.valid("query")), 200))
  .openapi(get, async (c) => c.json(await getOfficial(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(create, async (c) => c.json(await createOfficial(tenantContext(c), c.req.valid("json")), 201))
  .openapi(update, async (c) =>
    c.json(await updateOfficial(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(markLeft, async (c) => c.json(await markOfficialLeft(tenantContext(c), c.req.valid("param").id), 200));

/**
 * `officials:import` is a sibling path of the collection (Hono reads `:name`
 * only at the start of a segment, so it is a literal), mounted at the tenant's root.
 */
export const officialImportRoutes = createRouter().openapi(importCsv, async (c) => {
  if (!isUtf8Csv(c.req.header("content-type"))) {
    const detail = "Hãy gửi tệp CSV UTF-8 với Content-Type: text/csv · Send a UTF-8 CSV with Content-Type: text/csv";
    return c.json(problemBody(c, { code: "unsupported_media_type", detail }), 415, problemHeaders(c));
  }
  try {
    return c.json(await importOfficials(tenantContext(c), await c.req.arrayBuffer()), 200);
  } catch (error) {
    // The one problem with an extension member: each failing row of the file.
    if (error instanceof ImportInvalidError) {
      const problem = problemBody(c, { code: "import_invalid", detail: error.message, errors: error.fieldErrors });
      const lang = acceptedLanguage(c.req.header("accept-language"));
      const results = error.rows.map((row) => ({
        ...row,
        errors: row.errors.map((e) => ({ path: e.path, message: oneLanguage(lang, e.message) })),
      }));
      return c.json({ ...problem, results }, 422, problemHeaders(c));
    }
    throw error;
  }
});

function isUtf8Csv(contentType: string | undefined): boolean {
  return /^text\/csv\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(contentType?.trim() ?? "");
}
