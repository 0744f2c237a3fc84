/** What an overdue alert can be about, one per area that sets deadlines. */
export const alertItemKinds = [
  "report",
  "task",
  "dialogue_conclusion",
  "violation_corrective",
  "violation_explanation",
  "disciplinary_period",
] as const;
export type AlertItemKind = (typeof alertItemKinds)[number];

/** Vietnamese first, English second, as every user-facing text. */
export const alertItemKindLabels: Record<AlertItemKind, { vi: string; en: string }> = {
  report: { vi: "Phản ánh qua đường dây nóng", en: "Hotline reports" },
  task: { vi: "Nhiệm vụ được giao", en: "Assigned tasks" },
  dialogue_conclusion: { vi: "Kết luận đối thoại", en: "Dialogue conclusions" },
  violation_corrective: { vi: "Báo cáo khắc phục sau biên bản", en: "Corrective reports after a violation record" },
  violation_explanation: { vi: "Giải trình của cán bộ vi phạm", en: "Officials' explanations" },
  disciplinary_period: { vi: "Thời hạn xử lý kỷ luật", en: "Disciplinary periods" },
};

/**
 * Kinds only the leadership is told of (unit heads do not decide discipline;
 * inspectors have no digest, their console home lists records awaiting a decision).
 */
export const leadershipOnlyKinds: readonly AlertItemKind[] = ["disciplinary_period"];

/**
 * One open item with a deadline, as the alert planner found it: who answers
 * for it (`unitId`, null when nobody has been made responsible yet), when it
 * runs out, and where staff open it.
 */
export interface AlertItem {
  kind: AlertItemKind;
  /** The entity's id. */
  id: string;
  /** What people call it: a tracking code, a document number, a short id. */
  code: string;
  title: string;
  unitId: string | null;
  /** Who answers for it, as people read it: the unit's name, or an official's name and unit. */
  responsible: string;
  /** The instant it runs out (ISO 8601, UTC). */
  dueAt: string;
  /**
   * The item's page in the staff console, e.g. `/t/binh-son/app/reports/{id}`
   * (a dialogue conclusion: its session's page, `?issue={id}#issue-{id}`);
   * opened without a session, it leads through sign-in back to the item.
   */
  path: string;
}

/** An item as a digest shows it: its local due date and how many working days it is overdue (0 = due soon). */
export interface DigestItem extends AlertItem {
  /** Local date (YYYY-MM-DD) in the tenant's zone. */
  dueDate: string;
  workingDaysOverdue: number;
  overdue: boolean;
}

/** A unit's part of a digest. */
export interface DigestUnit {
  unitId: string | null;
  unitName: string;
  /** Most overdue first, then by due instant, then by code. */
  items: DigestItem[];
}

/** The email a unit head receives: every unit they head that has something overdue or due soon. */
export interface UnitDigest {
  kind: "unit_digest";
  recipient: string;
  units: DigestUnit[];
}

/** A national calendar year the leadership is told about (see `calendarNotices`), with the console page that shows it. */
export interface DigestCalendarNotice {
  year: number;
  status: "missing" | "projected";
  /** The tenant's calendar page for that year, e.g. `/t/binh-son/app/settings/calendar?year=2028`. */
  path: string;
}

/**
 * The email the tenant's leadership receives: items overdue beyond the
 * escalation threshold, units that have items but no head email (so their
 * alerts would otherwise go nowhere), items nobody is responsible for yet,
 * and the national calendar years that are missing or only projected.
 */
export interface LeadershipDigest {
  kind: "leadership_digest";
  recipient: string;
  escalationWorkingDays: number;
  escalated: DigestUnit[];
  unitsWithoutHead: DigestUnit[];
  unassigned: DigestItem[];
  calendarNotices: DigestCalendarNotice[];
  /** Officials' disciplinary periods ending within 15 days, or run out with no decision. */
  disciplinaryPeriods: DigestItem[];
}

export type Digest = UnitDigest | LeadershipDigest;

/** A rendered email, ready for the outbox. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** What the renderer needs to know beyond the digest itself. */
export interface DigestContext {
  tenantName: string;
  /** The local date the digest is for (YYYY-MM-DD). */
  localDate: string;
  /** Absolute origin links start with, e.g. `https://kycuong.example` (no trailing slash). */
  baseUrl: string;
}
