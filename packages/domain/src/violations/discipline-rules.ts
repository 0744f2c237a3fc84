import type { DisciplinaryDecision, OfficialKind } from "@kycuong/db";

/**
 * The law on discipline as data: which forms a decision may take, by the
 * official's kind, whether they hold a leadership or management post, and
 * the decision's date; and how long the disciplinary period runs. An act is
 * judged by the row in force on its date (`from` inclusive, `until`
 * exclusive, local dates), so a decision taken under Decree 112/2020 stays
 * valid as recorded. A new decree is a new row, never an `if` in a verb.
 */
export interface DisciplineFormsRule {
  source: string;
  kinds: readonly OfficialKind[];
  from: string | null;
  until: string | null;
  /** Forms for an official without a leadership or management post. */
  withoutPost: readonly DisciplinaryDecision[];
  /** Forms for one who holds such a post. */
  withPost: readonly DisciplinaryDecision[];
}

/** The day Decree 172/2025/NĐ-CP came into force for cadres and civil servants. */
const DECREE_172_IN_FORCE = "2025-07-01";

export const disciplineFormsRules: readonly DisciplineFormsRule[] = [
  {
    source: "Nghị định 112/2020/NĐ-CP, Điều 7 khoản 1 (sửa đổi bởi Nghị định 71/2023/NĐ-CP)",
    kinds: ["cadre"],
    from: null,
    until: DECREE_172_IN_FORCE,
    // Cách chức only for a cadre approved or appointed to a position or title.
    withoutPost: ["reprimand", "warning", "removal_from_office"],
    withPost: ["reprimand", "warning", "dismissal_from_post", "removal_from_office"],
  },
  {
    source: "Nghị định 112/2020/NĐ-CP, Điều 7 khoản 2 và 3 (sửa đổi bởi Nghị định 71/2023/NĐ-CP)",
    kinds: ["civil_servant"],
    from: null,
    until: DECREE_172_IN_FORCE,
    withoutPost: ["reprimand", "warning", "salary_step_down", "forced_resignation"],
    withPost: ["reprimand", "warning", "demotion", "dismissal_from_post", "forced_resignation"],
  },
  {
    source: "Nghị định 172/2025/NĐ-CP (hình thức kỷ luật đối với cán bộ), hiệu lực 01/7/2025",
    kinds: ["cadre"],
    from: DECREE_172_IN_FORCE,
    until: null,
    withoutPost: ["reprimand", "warning", "removal_from_office"],
    withPost: ["reprimand", "warning", "dismissal_from_post", "removal_from_office"],
  },
  {
    source: "Nghị định 172/2025/NĐ-CP (hình thức kỷ luật đối với công chức), hiệu lực 01/7/2025",
    kinds: ["civil_servant"],
    from: DECREE_172_IN_FORCE,
    until: null,
    // Hạ bậc lương and giáng chức no longer exist for civil servants.
    withoutPost: ["reprimand", "warning", "forced_resignation"],
    withPost: ["reprimand", "warning", "dismissal_from_post", "forced_resignation"],
  },
  {
    // Decree 172/2025 replaced Decree 112/2020 for cadres and civil servants only.
    source: "Luật Viên chức 2010, Điều 52 (sửa đổi 2019); Nghị định 112/2020/NĐ-CP, Điều 7 khoản 4",
    kinds: ["public_employee"],
    from: null,
    until: null,
    withoutPost: ["reprimand", "warning", "forced_resignation"],
    withPost: ["reprimand", "warning", "dismissal_from_post", "forced_resignation"],
  },
];

/**
 * Outcomes that are not disciplinary forms (no discipline; a reminder):
 * open to anyone, at any date, and still recordable once the period ran out.
 */
export const nonDisciplinaryOutcomes: readonly DisciplinaryDecision[] = ["no_action", "reminder"];

export interface DisciplinaryPeriodRule {
  source: string;
  from: string | null;
  until: string | null;
  /** Days from the record's issue to the decision. */
  days: number;
  /** The longest the period may run once extended (once, with a reason). */
  extendedDays: number;
}

export const disciplinaryPeriodRules: readonly DisciplinaryPeriodRule[] = [
  {
    source: "Luật Cán bộ, công chức và Luật Viên chức (sửa đổi 2019), Điều 80 khoản 2; Nghị định 112/2020/NĐ-CP",
    from: null,
    until: DECREE_172_IN_FORCE,
    days: 90,
    extendedDays: 150,
  },
  {
    source: "Nghị định 172/2025/NĐ-CP (thời hạn xử lý kỷ luật), hiệu lực 01/7/2025",
    from: DECREE_172_IN_FORCE,
    until: null,
    days: 90,
    extendedDays: 150,
  },
];

/** Days before a period's end when the daily digests start telling of it. */
export const DISCIPLINARY_PERIOD_WARNING_DAYS = 15;

function inForce(rule: { from: string | null; until: string | null }, date: string): boolean {
  return (rule.from === null || rule.from <= date) && (rule.until === null || date < rule.until);
}

/** The outcomes a decision dated `date` (local YYYY-MM-DD) may take for this official, in the catalogue's order. */
export function allowedDecisions(
  official: { kind: OfficialKind; holdsLeadershipPost: boolean },
  date: string,
): DisciplinaryDecision[] {
  const rule = disciplineFormsRules.find((r) => r.kinds.includes(official.kind) && inForce(r, date));
  const forms = rule ? (official.holdsLeadershipPost ? rule.withPost : rule.withoutPost) : [];
  return [...nonDisciplinaryOutcomes, ...forms];
}

/** The period rule for a record issued on `issuedOn` (local YYYY-MM-DD). */
export function disciplinaryPeriodRule(issuedOn: string): DisciplinaryPeriodRule {
  const rule = disciplinaryPeriodRules.find((r) => inForce(r, issuedOn));
  if (!rule) throw new Error(`no disciplinary period rule in force on ${issuedOn}`);
  return rule;
}
