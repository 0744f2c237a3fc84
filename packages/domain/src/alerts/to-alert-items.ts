import { dayMonthYear } from "../calendar/local-date";
import type { AlertItem } from "./alert-item";
import type { alertItemQueries } from "./alert-item-queries";
import { notAssigned } from "./digest-wording";

type Queries = ReturnType<typeof alertItemQueries>;
type Rows<K extends keyof Queries> = Awaited<Queries[K]>;

export interface AlertItemRows {
  reports: Rows<"reports">;
  tasks: Rows<"tasks">;
  conclusions: Rows<"conclusions">;
  correctives: Rows<"correctives">;
  explanations: Rows<"explanations">;
  /** Disciplinary periods ending by the warning horizon (alert-snapshot.ts), each with its end as `dueAt`. */
  periods?: {
    recordId: string;
    officialId: string;
    officialName: string | null;
    unitId: string;
    unitName: string | null;
    dueAt: string;
    extended: boolean;
  }[];
}

/** A readable short reference for items that have no code of their own: the id's last 6 characters. */
export function shortRef(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/-/g, "").slice(-6).toUpperCase()}`;
}

export function excerpt(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** "Biên bản vi phạm: Uống rượu, bia … (Trụ sở UBND xã …)": the violation type's name, never its code. */
export function violationTitle(lead: string, typeName: string | null, place: string): string {
  return excerpt(`${lead}${typeName ? `: ${typeName}` : ""} (${place})`);
}

/** "Nguyễn Văn An (Phòng Nội vụ)"; without a name or a unit, what there is. */
export function officialWithUnit(officialName: string | null, unitName: string | null): string {
  if (!officialName) return unitName ?? notAssigned;
  return unitName ? `${officialName} (${unitName})` : officialName;
}

/**
 * The planner's rows as alert items, in words a reader knows (names, never
 * codes; dates dd/mm/yyyy). A report shows only its category, never the
 * citizen's words: digests travel by email, the report itself stays
 * behind the staff console's sign-in. Paths are the console's pages.
 */
export function toAlertItems(rows: AlertItemRows, slug: string): AlertItem[] {
  const base = `/t/${slug}/app`;
  const items: AlertItem[] = [];
  for (const r of rows.reports) {
    items.push({
      kind: "report",
      id: r.id,
      code: r.code,
      title: r.category ? `Phản ánh: ${r.category}` : "Phản ánh",
      unitId: r.unitId,
      responsible: r.unitName ?? notAssigned,
      dueAt: r.dueAt,
      path: `${base}/reports/${r.id}`,
    });
  }
  for (const t of rows.tasks) {
    items.push({
      kind: "task",
      id: t.id,
      code: t.docNumber ?? shortRef("NV", t.id),
      title: excerpt(t.title),
      unitId: t.unitId,
      responsible: officialWithUnit(t.officialName, t.unitName),
      dueAt: t.dueAt,
      path: `${base}/tasks/${t.id}`,
    });
  }
  for (const c of rows.conclusions) {
    if (!c.dueAt) continue;
    items.push({
      kind: "dialogue_conclusion",
      id: c.id,
      code: shortRef("KL", c.id),
      title: excerpt(`${c.conclusion ?? c.content} (đối thoại ngày ${dayMonthYear(c.heldOn)}, ${c.place})`),
      unitId: c.unitId,
      responsible: c.unitName ?? notAssigned,
      dueAt: c.dueAt,
      path: `${base}/dialogues/${c.sessionId}?issue=${c.id}#issue-${c.id}`,
    });
  }
  for (const v of rows.correctives) {
    if (!v.dueAt) continue;
    items.push({
      kind: "violation_corrective",
      // A record can name officials of several units: each unit owes its own report.
      id: `${v.recordId}:${v.unitId}`,
      code: shortRef("BB", v.recordId),
      title: violationTitle("Báo cáo khắc phục vi phạm", v.typeName, v.place),
      unitId: v.unitId,
      responsible: v.unitName ?? notAssigned,
      dueAt: v.dueAt,
      path: `${base}/violations/${v.recordId}`,
    });
  }
  for (const e of rows.explanations) {
    if (!e.dueAt) continue;
    items.push({
      kind: "violation_explanation",
      id: `${e.recordId}:${e.officialId}`,
      code: shortRef("BB", e.recordId),
      title: `Giải trình của ${e.officialName ?? "cán bộ"}`,
      unitId: e.unitId,
      responsible: officialWithUnit(e.officialName, e.unitName),
      dueAt: e.dueAt,
      path: `${base}/violations/${e.recordId}`,
    });
  }
  for (const p of rows.periods ?? []) {
    items.push({
      kind: "disciplinary_period",
      id: `${p.recordId}:${p.officialId}:period`,
      code: shortRef("BB", p.recordId),
      title: `Thời hạn xử lý kỷ luật ${p.officialName ?? "cán bộ"}${p.extended ? " (đã gia hạn)" : ""}`,
      unitId: p.unitId,
      responsible: officialWithUnit(p.officialName, p.unitName),
      dueAt: p.dueAt,
      path: `${base}/violations/${p.recordId}`,
    });
  }
  return items;
}
