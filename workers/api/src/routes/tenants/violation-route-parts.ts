import { z } from "@hono/zod-openapi";
import { ViolationRecord } from "@kycuong/domain/violations";
import { IdParam, jsonResponse, SlugParam } from "../../http/common-schemas";
import { problemContent } from "../../http/problem";

/** What the record routes and the per-official routes share (routes/tenants/violations*.ts). */
export const tag = "Violation records";

export const OfficialParams = z.object({
  slug: SlugParam,
  id: IdParam,
  officialId: z.uuid().openapi({ param: { name: "officialId", in: "path" } }),
});

export const record = (description: string) => jsonResponse(ViolationRecord, description);

export const illegal = problemContent(
  "Not allowed in the record's or the official's current status (`violation_record_not_draft`, " +
    "`violation_record_not_issued`, `illegal_violation_transition`), or changed meanwhile (`violation_record_changed`)",
);
