import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { listOpen311Requests } from "./list-open311-requests";
import type { Open311Request } from "./open311-request";
import type { Open311Lang } from "./open311-status";

/** One request by its tracking code; another tenant's code answers exactly like an unknown one. */
export async function getOpen311Request(
  ctx: TenantContext,
  serviceRequestId: string,
  lang: Open311Lang,
): Promise<Open311Request> {
  const [request] = await listOpen311Requests(ctx, { ids: [serviceRequestId], lang });
  if (!request) {
    throw new DomainError("report_not_found", "Không có phản ánh với mã này · No service request with this id");
  }
  return request;
}
