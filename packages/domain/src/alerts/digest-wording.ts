import type { DigestItem } from "./alert-item";

/**
 * How the digests put things in words, for every item kind alike: Vietnamese
 * only (they go to Vietnamese officials), as officials write it.
 */

/** What an item nobody has been made responsible for shows instead of a unit. */
export const notAssigned = "Chưa phân công";

/**
 * An item's state: how many working days it is overdue, or that it is due
 * soon. A disciplinary period does not fall behind like work does: once it
 * ends, no disciplinary form can be decided any more (Decree 172/2025).
 */
export function itemStatus(item: Pick<DigestItem, "kind" | "overdue" | "workingDaysOverdue">): string {
  if (!item.overdue) return item.kind === "disciplinary_period" ? "Sắp hết thời hạn" : "Sắp đến hạn";
  if (item.kind === "disciplinary_period") return "Đã hết thời hạn xử lý kỷ luật";
  // A deadline in the middle of today has passed, yet no whole working day since.
  return item.workingDaysOverdue > 0 ? `Quá hạn ${item.workingDaysOverdue} ngày làm việc` : "Đã quá hạn";
}

/** The levels of local government a tenant's or unit's name can start with, longest first. */
const administrativeLevels = ["Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận", "Tỉnh", "Xã"];
const leadingLevel = new RegExp(`^(${administrativeLevels.join("|")})(?= \\p{Lu})`, "u");

/**
 * A place's name as it reads inside a sentence: "Huyện Bình Sơn" → "huyện
 * Bình Sơn". The level is a common noun and only the proper name keeps its
 * capitals (Decree 30/2020/NĐ-CP, Appendix II: "huyện Gia Lâm", "tỉnh Nam
 * Định"); at the start of a line or a subject the name stays as it is.
 * Names of bodies ("UBND huyện …", "Huyện ủy …", "Phòng Nội vụ") are left alone.
 */
export function inSentence(name: string): string {
  const nfc = name.normalize("NFC");
  return nfc.replace(leadingLevel, (level) => level.toLocaleLowerCase("vi"));
}
