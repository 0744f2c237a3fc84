import { z } from "@hono/zod-openapi";
import {
  addExplanationEvidence,
  EvidenceMeta,
  ExtendDisciplinaryPeriod,
  extendDisciplinaryPeriod,
  RecordDecision,
  RecordSignature,
  recordDecision,
  recordSignature,
  requestExplanation,
  SubmitExplanation,
  submitExplanation,
} from "@kycuong/domain/violations";
import { jsonBody, jsonResponse } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { staffRoute } from "../../http/staff-route";
import { tenantContext } from "../../http/tenant-context";
import { uploadedFiles } from "../../http/uploaded-files";
import { MAX_UPLOAD_BODY_BYTES } from "../../middleware/body-limits";
import { illegal, OfficialParams, record, tag } from "./violation-route-parts";

// Each official a record names, one step at a time: signature, explanation, decision.
// Domain schemas are used as they are (no `.openapi()`): see routes/tenants/units.ts.
const signature = staffRoute({
  operationId: "recordViolationSignature",
  method: "post",
  path: `/{id}/officials/{officialId}/signature`,
  tag,
  summary: "Record that an official signed, or refused to sign (with who witnessed it)",
  permission: "inspections:manage",
  request: { params: OfficialParams, body: jsonBody(RecordSignature) },
  responses: { 200: record("Recorded"), 400: problemContent("Invalid signature"), 409: illegal },
});

const explanationRequest = staffRoute({
  operationId: "requestViolationExplanation",
  method: "post",
  path: `/{id}/officials/{officialId}/explanation-request`,
  tag,
  summary: "Ask an official to explain themselves within 5 working days",
  permission: "inspections:manage",
  request: { params: OfficialParams },
  responses: { 200: record("Requested"), 409: illegal },
});

const explanation = staffRoute({
  operationId: "submitViolationExplanation",
  method: "post",
  path: `/{id}/officials/{officialId}/explanation`,
  tag,
  summary: "Submit an official's explanation (the head of their unit's subtree, or an inspector)",
  permission: "inspections:read",
  request: { params: OfficialParams, body: jsonBody(SubmitExplanation) },
  responses: { 200: record("Received"), 400: problemContent("Invalid explanation"), 409: illegal },
});

const explanationEvidence = staffRoute({
  operationId: "attachExplanationEvidence",
  method: "post",
  path: `/{id}/officials/{officialId}/evidence`,
  tag,
  summary: "Attach files to an official's explanation (not sealed with the record)",
  description:
    "multipart/form-data `files` (JPEG, PNG, WebP or PDF, checked by content; 10 MB each, 5 per official). " +
    "By the head of the official's unit (its subtree) or an inspector, until the official is decided. " +
    "These files are kept apart from the record's evidence, so they never change its content hash.",
  permission: "inspections:read",
  maxBodyBytes: MAX_UPLOAD_BODY_BYTES,
  request: {
    params: OfficialParams,
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
    409: problemContent("The official is already decided (`violation_official_decided`)"),
    413: problemContent("Body over 52 MB"),
  },
});

const decision = staffRoute({
  operationId: "recordViolationDecision",
  method: "post",
  path: `/{id}/officials/{officialId}/decision`,
  tag,
  summary: "Record the decision for an official (no action, reminder, or a form the law allows on its date)",
  description:
    "The forms allowed depend on the official's kind, whether they hold a leadership or management post, and the " +
    "decision's date (Decree 172/2025 from 1 Jul 2025, Decree 112/2020 before): another is 400 " +
    "`decision_form_not_allowed` with `allowedDecisions`. The date lies between the record's issue and today, and " +
    "after the explanation was received or its deadline passed (400 `decision_date_invalid`); before that, 409 " +
    "`explanation_pending`. A disciplinary form dated after the official's disciplinary period is 409 " +
    "`disciplinary_period_expired`.",
  permission: "inspections:manage",
  request: { params: OfficialParams, body: jsonBody(RecordDecision) },
  responses: {
    200: record("Decided"),
    400: problemContent("Invalid decision (`decision_form_not_allowed`, `decision_date_invalid`)"),
    409: problemContent(
      "Not a legal move now (`illegal_violation_transition`, `explanation_pending`, `disciplinary_period_expired`)",
    ),
  },
});

const periodExtension = staffRoute({
  operationId: "extendDisciplinaryPeriod",
  method: "post",
  path: `/{id}/officials/{officialId}/period-extension`,
  tag,
  summary: "Extend an official's disciplinary period once, with a reason (at most 150 days from the record's issue)",
  description:
    "`days` is the extended period's length from the record's issue (default and maximum 150). Only while the " +
    "official is undecided and the period has not run out (409 `disciplinary_period_expired`); once only (409 " +
    "`disciplinary_period_already_extended`).",
  permission: "inspections:manage",
  request: { params: OfficialParams, body: jsonBody(ExtendDisciplinaryPeriod) },
  responses: {
    200: record("Extended"),
    400: problemContent("Invalid extension"),
    409: problemContent(
      "Not possible now (`illegal_violation_transition`, `disciplinary_period_expired`, `disciplinary_period_already_extended`)",
    ),
  },
});

export const violationOfficialRoutes = createRouter()
  .openapi(signature, async (c) => {
    const { id, officialId } = c.req.valid("param");
    return c.json(await recordSignature(tenantContext(c), id, officialId, c.req.valid("json")), 200);
  })
  .openapi(explanationRequest, async (c) => {
    const { id, officialId } = c.req.valid("param");
    return c.json(await requestExplanation(tenantContext(c), id, officialId), 200);
  })
  .openapi(explanation, async (c) => {
    const { id, officialId } = c.req.valid("param");
    return c.json(await submitExplanation(tenantContext(c), id, officialId, c.req.valid("json")), 200);
  })
  .openapi(explanationEvidence, async (c) => {
    const { id, officialId } = c.req.valid("param");
    const stored = await addExplanationEvidence(
      tenantContext(c),
      c.var.config.ATTACHMENTS,
      id,
      officialId,
      await uploadedFiles(c),
    );
    return c.json({ evidence: stored }, 201);
  })
  .openapi(decision, async (c) => {
    const { id, officialId } = c.req.valid("param");
    return c.json(await recordDecision(tenantContext(c), id, officialId, c.req.valid("json")), 200);
  })
  .openapi(periodExtension, async (c) => {
    const { id, officialId } = c.req.valid("param");
    return c.json(await extendDisciplinaryPeriod(tenantContext(c), id, officialId, c.req.valid("json")), 200);
  });
