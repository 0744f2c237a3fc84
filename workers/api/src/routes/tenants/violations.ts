import { z } from "@hono/zod-openapi";
import {
  addViolationEvidence,
  CorrectViolationRecord,
  CreateViolationRecord,
  closeViolationRecord,
  correctViolationRecord,
  createViolationRecord,
  EvidenceMeta,
  getViolationRecord,
  getViolationVersion,
  issueViolationRecord,
  listViolationRecords,
  printViolationRecord,
  SubmitCorrectiveReport,
  submitCorrectiveReport,
  UpdateViolationRecord,
  updateViolationRecord,
  VerifyResult,
  ViolationListQuery,
  ViolationRecordSummary,
  ViolationVersion,
  verifyViolationRecord,
} from "@kycuong/domain/violations";
import {
  IdParam,
  jsonBody,
  jsonResponse,
  PageParams,
  pageOf,
  SlugParam,
  TenantItemParams,
  TenantParams,
} from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";
import { uploadedFiles } from "../../http/uploaded-files";
import { MAX_UPLOAD_BODY_BYTES } from "../../middleware/body-limits";
import { violationRecordHtml } from "../../pages/violation-record-page";
import { illegal, record, tag } from "./violation-route-parts";

// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
// The per-official steps (signature, explanation, decision) are in violation-officials.ts.
const VersionParams = z.object({
  slug: SlugParam,
  id: IdParam,
  version: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: "version", in: "path" } }),
});
const list = staffRoute({
  operationId: "listViolations",
  method: "get",
  path: "/",
  tag,
  summary: "List violation records, newest first (a unit head: issued records naming their subtree's officials)",
  description:
    "Filters: `status`, `officialId`, `unitId` (an official's unit at the time), `teamId` (the inspection's team), " +
    "`typeCode`, `from`/`to` (occurredAt), `awaiting=explanation|decision` (a named official's explanation is " +
    "requested and not received, or received and not yet decided).",
  permission: "inspections:read",
  request: { params: TenantParams, query: PageParams.extend(ViolationListQuery.shape) },
  responses: { 200: jsonResponse(pageOf(ViolationRecordSummary, "ViolationRecordPage"), "A page of records") },
});

const create = staffRoute({
  operationId: "createViolation",
  method: "post",
  path: "/",
  tag,
  summary: "Write a draft violation record (biên bản vi phạm) against one or more officials",
  permission: "inspections:manage",
  request: { params: TenantParams, body: jsonBody(CreateViolationRecord) },
  responses: {
    201: record("Created as a draft"),
    400: problemContent("Invalid record, or an unknown official, type, inspection or report (`invalid_reference`)"),
  },
});

const get = staffRoute({
  operationId: "getViolation",
  method: "get",
  path: `/{id}`,
  tag,
  summary: "One record: officials and their follow-up, evidence metadata, versions, corrective reports",
  permission: "inspections:read",
  request: { params: TenantItemParams },
  responses: { 200: record("The record") },
});

const update = staffRoute({
  operationId: "updateViolation",
  method: "patch",
  path: `/{id}`,
  tag,
  summary: "Edit a draft record (after issue the content is immutable: correct it instead)",
  permission: "inspections:manage",
  request: { params: TenantItemParams, body: jsonBody(UpdateViolationRecord) },
  responses: { 200: record("Updated"), 400: problemContent("Invalid change"), 409: illegal },
});

const evidence = staffRoute({
  operationId: "attachViolationEvidence",
  method: "post",
  path: `/{id}/evidence`,
  tag,
  summary: "Attach evidence photos or PDFs to a draft record",
  description:
    "multipart/form-data with one or more `files` parts: JPEG, PNG, WebP or PDF (checked by content), 10 MB each, " +
    "5 per upload. One bad file refuses them all; if the write fails nothing is kept.",
  permission: "inspections:manage",
  maxBodyBytes: MAX_UPLOAD_BODY_BYTES,
  request: {
    params: TenantItemParams,
    body: {
      content: {
        "multipart/form-data": { schema: z.object({ files: z.any().openapi({ type: "string", format: "binary" }) }) },
      },
      required: true,
    },
  },
  responses: {
    201: jsonResponse(z.object({ evidence: z.array(EvidenceMeta) }), "Stored"),
    400: problemContent("A file is not an accepted type or too large (`attachment_rejected`)"),
    409: illegal,
    413: problemContent("Body over 52 MB"),
  },
});

const issue = staffRoute({
  operationId: "issueViolation",
  method: "post",
  path: `/{id}/issue`,
  tag,
  summary: "Issue a draft: number it, seal its content (SHA-256, signed with the seal key) as version 1",
  permission: "inspections:manage",
  request: { params: TenantItemParams },
  responses: { 200: record("Issued"), 409: illegal },
});

const verify = staffRoute({
  operationId: "verifyViolation",
  method: "get",
  path: `/{id}/verify`,
  tag,
  summary: "Check a record's seal: content hash, seal-key signature, event chain, follow-up; `deep` re-reads evidence",
  description:
    "`intact` is true only when `findings` is empty. A record issued before records were sealed with a key " +
    "answers `sealedWithKey: false` (finding `not_sealed_with_key`). `deep=true` also re-reads every evidence " +
    "file from storage and hashes its bytes.",
  permission: "inspections:read",
  request: {
    params: TenantItemParams,
    query: z.object({ deep: z.enum(["true", "false"]).optional() }),
  },
  responses: { 200: jsonResponse(VerifyResult, "The check"), 409: illegal },
});

const correct = staffRoute({
  operationId: "correctViolation",
  method: "post",
  path: `/{id}/corrections`,
  tag,
  summary: "Correct an issued record: a new version with a reason; the old one stays readable",
  permission: "inspections:manage",
  request: { params: TenantItemParams, body: jsonBody(CorrectViolationRecord) },
  responses: { 200: record("Corrected"), 400: problemContent("Invalid correction"), 409: illegal },
});

const version = staffRoute({
  operationId: "getViolationVersion",
  method: "get",
  path: `/{id}/versions/{version}`,
  tag,
  summary: "One sealed version of a record",
  permission: "inspections:read",
  request: { params: VersionParams },
  responses: { 200: jsonResponse(ViolationVersion, "The version") },
});

const close = staffRoute({
  operationId: "closeViolation",
  method: "post",
  path: `/{id}/close`,
  tag,
  summary: "Close an issued record once every official named is decided",
  permission: "inspections:manage",
  request: { params: TenantItemParams },
  responses: { 200: record("Closed"), 409: illegal },
});

const corrective = staffRoute({
  operationId: "addCorrectiveReport",
  method: "post",
  path: `/{id}/corrective-reports`,
  tag,
  summary: "Report a unit's corrective action after an issued record (its head, or an inspector; once per unit)",
  permission: "inspections:read",
  request: { params: TenantItemParams, body: jsonBody(SubmitCorrectiveReport) },
  responses: {
    201: record("Reported"),
    400: problemContent("Invalid report, or a unit the record does not name (`invalid_reference`)"),
    409: problemContent("Already reported for this unit (`corrective_report_exists`), or the record is not issued"),
  },
});

const print = staffRoute({
  operationId: "printViolation",
  method: "get",
  path: `/{id}/print`,
  tag,
  summary: "The record as a printable page in the Vietnamese administrative layout",
  permission: "inspections:read",
  request: { params: TenantItemParams },
  responses: { 200: { description: "The printable record", content: { "text/html": { schema: z.string() } } } },
});

const printHeaders = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

export const violationRoutes = createRouter()
  .openapi(list, async (c) => c.json(await listViolationRecords(tenantContext(c), c.req.valid("query")), 200))
  .openapi(create, async (c) => c.json(await createViolationRecord(tenantContext(c), c.req.valid("json")), 201))
  .openapi(get, async (c) => c.json(await getViolationRecord(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(update, async (c) =>
    c.json(await updateViolationRecord(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(evidence, async (c) => {
    const stored = await addViolationEvidence(
      tenantContext(c),
      c.var.config.ATTACHMENTS,
      c.req.valid("param").id,
      await uploadedFiles(c),
    );
    return c.json({ evidence: stored }, 201);
  })
  .openapi(issue, async (c) => c.json(await issueViolationRecord(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(verify, async (c) => {
    const options = { deep: c.req.valid("query").deep === "true", store: c.var.config.ATTACHMENTS };
    return c.json(await verifyViolationRecord(tenantContext(c), c.req.valid("param").id, options), 200);
  })
  .openapi(correct, async (c) =>
    c.json(await correctViolationRecord(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(version, async (c) => {
    const { id, version: n } = c.req.valid("param");
    return c.json(await getViolationVersion(tenantContext(c), id, n), 200);
  })
  .openapi(close, async (c) => c.json(await closeViolationRecord(tenantContext(c), c.req.valid("param").id), 200))
  .openapi(corrective, async (c) =>
    c.json(await submitCorrectiveReport(tenantContext(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(print, async (c) => {
    const printable = await printViolationRecord(tenantContext(c), c.req.valid("param").id);
    return c.html(violationRecordHtml(printable, c.var.tenant.timezone), 200, printHeaders);
  });
