import type { AlertItem } from "./alert-item";
import type { alertItemQueries } from "./alert-item-queries";

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

const noUnit = "Chưa phân công · Not assigned";

/**
 * The planner's rows as alert items. A report shows only its category, never
 * the citizen's words: digests travel by email, the report itself stays
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
      title: `Phản ánh: ${r.category ?? r.categoryCode}`,
      unitId: r.unitId,
      responsible: r.unitName ?? noUnit,
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
      responsible: t.officialName ? `${t.officialName} (${t.unitName ?? ""})` : (t.unitName ?? noUnit),
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
      title: excerpt(`${c.conclusion ?? c.content} (đối thoại ${c.heldOn}, ${c.place})`),
      unitId: c.unitId,
      responsible: c.unitName ?? noUnit,
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
      title: excerpt(`Báo cáo khắc phục sau biên bản ${v.typeCode} tại ${v.place}`),
      unitId: v.unitId,
      responsible: v.unitName ?? noUnit,
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
      responsible: `${e.officialName ?? "?"} (${e.unitName ?? ""})`,
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
      responsible: `${p.officialName ?? "?"} (${p.unitName ?? ""})`,
      dueAt: p.dueAt,
      path: `${base}/violations/${p.recordId}`,
    });
  }
  return items;
}
