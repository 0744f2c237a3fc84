import type { ReportDeadline } from "@kycuong/domain/reports";
import type { FC } from "hono/jsx";
import type { FormErrors } from "../hotline/form-errors";
import type { Lang } from "../i18n";
import { rt, rtf } from "./report-text";

/** The deadline as a badge: overdue (working days past), soon (within the tenant's horizon) or ok. */
export const DeadlineBadge: FC<{ lang: Lang; deadline: ReportDeadline }> = ({ lang, deadline }) => {
  if (deadline.state === "finished") return <span class="badge ok">{rt(lang, "finished")}</span>;
  if (deadline.state === "overdue") {
    const n = deadline.workingDaysOverdue;
    return <span class="badge overdue">{n > 0 ? rtf(lang, "overdueDays", { n }) : rt(lang, "overdueToday")}</span>;
  }
  const n = deadline.workingDaysLeft;
  return <span class={`badge ${deadline.state}`}>{n > 0 ? rtf(lang, "daysLeft", { n }) : rt(lang, "dueToday")}</span>;
};

/** A labelled textarea with its help and error, like `Field`. */
export const TextArea: FC<{
  name: string;
  label: string;
  errors: FormErrors;
  value?: string;
  help?: string;
  maxlength?: number;
  idPrefix?: string;
  rows?: number;
}> = ({ name, label, errors, value, help, maxlength, idPrefix = "", rows = 4 }) => {
  const id = `${idPrefix}${name}`;
  const error = errors[name];
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label for={id}>{label}</label>
      {help ? (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        {...(maxlength ? { maxlength } : {})}
        {...(describedBy ? { "aria-describedby": describedBy } : {})}
        {...(error ? { "aria-invalid": "true" } : {})}
      >
        {value ?? ""}
      </textarea>
    </div>
  );
};

/** A labelled select; `options` are [value, label] pairs, the first often the "none" choice. */
export const Select: FC<{
  name: string;
  label: string;
  errors: FormErrors;
  options: [string, string][];
  value?: string;
  help?: string;
  idPrefix?: string;
}> = ({ name, label, errors, options, value, help, idPrefix = "" }) => {
  const id = `${idPrefix}${name}`;
  const error = errors[name];
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label for={id}>{label}</label>
      {help ? (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        {...(describedBy ? { "aria-describedby": describedBy } : {})}
        {...(error ? { "aria-invalid": "true" } : {})}
      >
        {options.map(([optionValue, optionLabel]) => (
          <option value={optionValue} {...(optionValue === value ? { selected: true } : {})}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
};

/** The category's name in the page's language, or its code when the tenant no longer has it. */
export function categoryName(
  lang: Lang,
  categories: readonly { code: string; nameVi: string; nameEn: string }[],
  code: string,
): string {
  const category = categories.find((c) => c.code === code);
  return category ? (lang === "en" ? category.nameEn : category.nameVi) : code;
}
