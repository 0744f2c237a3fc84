import { reportFindings } from "@kycuong/db";
import type { ReportCase, TransitionTarget } from "@kycuong/domain/reports";
import type { FC } from "hono/jsx";
import type { FormErrors } from "../hotline/form-errors";
import type { Lang } from "../i18n";
import { CsrfField, ErrorSummary, Field, Select, TextArea } from "./form-parts";
import { rt } from "./report-text";

/** A form that failed: which one, what was typed, what to correct. */
export interface FailedForm {
  form: TransitionTarget | "note";
  errors: FormErrors;
  values: Record<string, string | string[]>;
}

interface ActionProps {
  lang: Lang;
  slug: string;
  csrfToken: string;
  data: ReportCase;
  failed: FailedForm | null;
}

/**
 * One form per move the viewer may make now (their role and the report's
 * status decide: see `availableMoves`), plus the internal note. Each posts
 * the report's version as the page showed it, so a move made from a stale
 * page is refused (409) instead of silently overriding someone else's.
 */
export const ReportActions: FC<ActionProps & { moves: TransitionTarget[]; mayNote: boolean }> = (props) => {
  const { lang, moves, mayNote } = props;
  if (moves.length === 0 && !mayNote) return <p>{rt(lang, "noActions")}</p>;
  return (
    <div class="actions">
      {moves.map((to) => (
        <MoveForm {...props} to={to} />
      ))}
      {mayNote ? <NoteForm {...props} /> : null}
    </div>
  );
};

const MoveForm: FC<ActionProps & { to: TransitionTarget }> = ({ lang, slug, csrfToken, data, failed, to }) => {
  const mine = failed?.form === to ? failed : null;
  const errors = mine?.errors ?? {};
  const value = (name: string) => {
    const v = mine?.values[name];
    return typeof v === "string" ? v : undefined;
  };
  const prefix = `${to}-`;
  const report = data.report;
  return (
    <form
      method="post"
      action={`/t/${slug}/app/reports/${report.id}/transitions`}
      aria-labelledby={`${prefix}title`}
      novalidate
    >
      <h3 id={`${prefix}title`}>{rt(lang, `do_${to}`)}</h3>
      <ErrorSummary lang={lang} errors={errors} idPrefix={prefix} />
      <CsrfField token={csrfToken} />
      <input type="hidden" name="to" value={to} />
      <input type="hidden" name="version" value={report.updatedAt} />
      {to === "rejected" || to === "reopened" ? (
        <TextArea
          name="reason"
          idPrefix={prefix}
          label={rt(lang, "reason")}
          help={rt(lang, to === "rejected" ? "rejectHelp" : "reopenHelp")}
          errors={errors}
          value={value("reason")}
          maxlength={2000}
        />
      ) : null}
      {to === "duplicate" ? (
        <Field
          name="duplicateOf"
          idPrefix={prefix}
          label={rt(lang, "trackingCode")}
          help={rt(lang, "duplicateHelp")}
          errors={errors}
          value={value("duplicateOf")}
          maxlength={40}
        />
      ) : null}
      {to === "assigned" ? (
        <>
          <Select
            name="unitId"
            idPrefix={prefix}
            label={rt(lang, "assignTo")}
            errors={errors}
            value={value("unitId") ?? report.unit?.id ?? ""}
            options={[["", rt(lang, "chooseUnit")], ...data.units.map((u): [string, string] => [u.id, u.name])]}
          />
          <Field
            name="dueDate"
            idPrefix={prefix}
            type="date"
            label={rt(lang, "newDeadline")}
            help={rt(lang, "newDeadlineHelp")}
            errors={errors}
            value={value("dueDate")}
          />
        </>
      ) : null}
      {to === "resolved" ? <ResolveFields lang={lang} data={data} errors={errors} mine={mine} /> : null}
      <button type="submit" {...(to === "rejected" || to === "duplicate" ? { class: "secondary" } : {})}>
        {rt(lang, `do_${to}`)}
      </button>
    </form>
  );
};

const ResolveFields: FC<{ lang: Lang; data: ReportCase; errors: FormErrors; mine: FailedForm | null }> = ({
  lang,
  data,
  errors,
  mine,
}) => {
  const prefix = "resolved-";
  const finding = typeof mine?.values.finding === "string" ? mine.values.finding : "";
  const picked = new Set(
    mine ? [mine.values.officialIds ?? []].flat() : data.report.officials.map((official) => official.id),
  );
  const answer = typeof mine?.values.answer === "string" ? mine.values.answer : undefined;
  return (
    <>
      <fieldset id={`${prefix}finding`}>
        <legend>{rt(lang, "finding")}</legend>
        {errors.finding ? <p class="error">{errors.finding}</p> : null}
        {reportFindings.map((f) => (
          <label>
            <input type="radio" name="finding" value={f} {...(finding === f ? { checked: true } : {})} />{" "}
            {rt(lang, `finding_${f}`)}
          </label>
        ))}
      </fieldset>
      <TextArea
        name="answer"
        idPrefix={prefix}
        label={rt(lang, "answer")}
        help={rt(lang, "answerHelp")}
        errors={errors}
        value={answer}
        maxlength={5000}
      />
      <fieldset id={`${prefix}officialIds`}>
        <legend>{rt(lang, "officials")}</legend>
        <p class="help">{rt(lang, "officialsHelp")}</p>
        {errors.officialIds ? <p class="error">{errors.officialIds}</p> : null}
        {data.officials.length === 0 ? <p>{rt(lang, "noOfficials")}</p> : null}
        {data.officials.map((official) => (
          <label>
            <input
              type="checkbox"
              name="officialIds"
              value={official.id}
              {...(picked.has(official.id) ? { checked: true } : {})}
            />{" "}
            {official.fullName}
            {official.position ? ` — ${official.position}` : ""}
          </label>
        ))}
      </fieldset>
    </>
  );
};

const NoteForm: FC<ActionProps> = ({ lang, slug, csrfToken, data, failed }) => {
  const mine = failed?.form === "note" ? failed : null;
  const errors = mine?.errors ?? {};
  const body = typeof mine?.values.body === "string" ? mine.values.body : undefined;
  return (
    <form
      method="post"
      action={`/t/${slug}/app/reports/${data.report.id}/notes`}
      aria-labelledby="note-title"
      novalidate
    >
      <h3 id="note-title">{rt(lang, "do_note")}</h3>
      <ErrorSummary lang={lang} errors={errors} idPrefix="note-" />
      <CsrfField token={csrfToken} />
      <TextArea
        name="body"
        idPrefix="note-"
        label={rt(lang, "note")}
        help={rt(lang, "noteHelp")}
        errors={errors}
        value={body}
        maxlength={5000}
      />
      <button type="submit" class="secondary">
        {rt(lang, "do_note")}
      </button>
    </form>
  );
};
