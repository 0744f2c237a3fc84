import type { TenantSettings } from "./tenant-settings";

/** The administrative level a tenant's name starts with ("Huyện Bình Sơn"), longest first so "Thị xã" wins over "Xã". */
const LEVEL_PREFIX = /^(thành phố|thị trấn|thị xã|đặc khu|tỉnh|huyện|quận|phường|xã)\s+/iu;

export interface DocumentHeading {
  /** The parent body, upper-cased as the heading prints it: "UBND HUYỆN BÌNH SƠN". */
  parentBody: string;
  /** The place before a document's date: "Bình Sơn". */
  place: string;
}

/**
 * The parts of a printed document's heading that belong to the tenant
 * (Decree 30/2020/NĐ-CP, Appendix I): its settings when set, otherwise the
 * tenant's people's committee ("UBND " + the name) and the name without its
 * level. A tenant whose documents hang under another body (a Party committee,
 * a department) sets `documents.parentBodyName`.
 */
export function documentHeading(tenant: {
  name: string;
  settings: Pick<TenantSettings, "documents">;
}): DocumentHeading {
  const { parentBodyName, placeName } = tenant.settings.documents;
  return {
    parentBody: (parentBodyName ?? `UBND ${tenant.name}`).toUpperCase(),
    place: placeName ?? tenant.name.replace(LEVEL_PREFIX, ""),
  };
}
