import type { FC } from "hono/jsx";
import type { FormErrors } from "../hotline/form-errors";
import type { Lang } from "../i18n";
import { ct } from "./console-text";

/** The field every console form posts: the session's (or the signed-out form's) CSRF token. */
export const CsrfField: FC<{ token: string }> = ({ token }) => <input type="hidden" name="_csrf" value={token} />;

/**
 * GOV.UK's error summary: at the top of the form, focusable, each message a
 * link to its field. Shown only when there is something to correct.
 */
export const ErrorSummary: FC<{ lang: Lang; errors: FormErrors; idPrefix?: string }> = ({
  lang,
  errors,
  idPrefix = "",
}) => {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="errors card" role="alert" aria-labelledby={`${idPrefix}error-summary-title`} tabindex={-1}>
      <h2 id={`${idPrefix}error-summary-title`}>{ct(lang, "errorsTitle")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            <a href={`#${idPrefix}${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
};

export interface FieldProps {
  name: string;
  label: string;
  errors: FormErrors;
  type?: "text" | "email" | "password" | "search" | "date" | "tel" | "number";
  value?: string;
  help?: string;
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  /** Makes ids unique when a page has several forms with the same field names. */
  idPrefix?: string;
}

/** A labelled input with its help and its error beside it, tied together for screen readers. */
export const Field: FC<FieldProps> = ({
  name,
  label,
  errors,
  type = "text",
  value,
  help,
  autocomplete,
  required,
  maxlength,
  idPrefix = "",
}) => {
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
      <input
        id={id}
        name={name}
        type={type}
        {...(value !== undefined && type !== "password" ? { value } : {})}
        {...(autocomplete ? { autocomplete } : {})}
        {...(required ? { required: true } : {})}
        {...(maxlength ? { maxlength } : {})}
        {...(describedBy ? { "aria-describedby": describedBy } : {})}
        {...(error ? { "aria-invalid": "true" } : {})}
      />
    </div>
  );
};

/** A new password and the same again, for every form that sets one (reset link, own account). */
export const NewPasswordFields: FC<{ lang: Lang; errors: FormErrors }> = ({ lang, errors }) => (
  <>
    <Field
      name="newPassword"
      type="password"
      label={ct(lang, "newPassword")}
      help={ct(lang, "newPasswordHelp")}
      errors={errors}
      autocomplete="new-password"
    />
    <Field
      name="confirm"
      type="password"
      label={ct(lang, "confirmPassword")}
      errors={errors}
      autocomplete="new-password"
    />
  </>
);
