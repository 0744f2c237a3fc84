import type { DomainContext } from "../context";
import { listPublicReportCategories } from "../hotline/list-public-report-categories";
import { type Open311Service, toOpen311Service } from "./open311-service";
import type { Open311Lang } from "./open311-status";

/** The jurisdiction's services: exactly the categories its public form offers. */
export async function listOpen311Services(
  ctx: DomainContext,
  slug: string,
  lang: Open311Lang,
): Promise<Open311Service[]> {
  const { items } = await listPublicReportCategories(ctx, slug);
  return items.map((category) => toOpen311Service(category, lang));
}
