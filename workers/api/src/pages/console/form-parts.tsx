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

/** What every labelled control is given: its name, label, help and the form's errors. */
interface LabelledProps {
  name: string;
  label: string;
  errors: FormErrors;
  help?: string;
  /** Makes ids unique when a page has several forms with the same field names. */
  idPrefix?: string;
}

/** The control's own attributes: its id and name, then what ties it to its help and error for screen readers. */
interface ControlAttributes {
  id: string;
  name: string;
  aria: { "aria-describedby"?: string; "aria-invalid"?: "true" };
}

/**
 * The one wiring of a labelled control: the label, the help and the error
 * above it, and the control (drawn by `control`) pointing at both.
 */
const Labelled: FC<LabelledProps & { control: (attributes: ControlAttributes) => unknown }> = ({
  name,
  label,
  errors,
  help,
  idPrefix = "",
  control,
}) => {
  const id = `${idPrefix}${name}`;
  const error = errors[name];
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const aria = {
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(error ? { "aria-invalid": "true" as const } : {}),
  };
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
      {control({ id, name, aria })}
    </div>
  );
};

export interface FieldProps extends LabelledProps {
  type?: "text" | "email" | "password" | "search" | "date" | "tel" | "number";
  value?: string;
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
}

/** A labelled input with its help and its error beside it, tied together for screen readers. */
export const Field: FC<FieldProps> = ({ type = "text", value, autocomplete, required, maxlength, ...labelled }) => (
  <Labelled
    {...labelled}
    control={({ id, name, aria }) => (
      <input
        id={id}
        name={name}
        type={type}
        {...(value !== undefined && type !== "password" ? { value } : {})}
        {...(autocomplete ? { autocomplete } : {})}
        {...(required ? { required: true } : {})}
        {...(maxlength ? { maxlength } : {})}
        {...aria}
      />
    )}
  />
);

/** A labelled textarea with its help and error, like `Field`. */
export const TextArea: FC<LabelledProps & { value?: string; maxlength?: number; rows?: number }> = ({
  value,
  maxlength,
  rows = 4,
  ...labelled
}) => (
  <Labelled
    {...labelled}
    control={({ id, name, aria }) => (
      <textarea id={id} name={name} rows={rows} {...(maxlength ? { maxlength } : {})} {...aria}>
        {value ?? ""}
      </textarea>
    )}
  />
);

/** A labelled select; `options` are [value, label] pairs, the first often the "none" choice. */
export const Select: FC<LabelledProps & { options: [string, string][]; value?: string }> = ({
  options,
  value,
  ...labelled
}) => (
  <Labelled
    {...labelled}
    control={({ id, name, aria }) => (
      <select id={id} name={name} {...aria}>
        {options.map(([optionValue, optionLabel]) => (
          <option value={optionValue} {...(optionValue === value ? { selected: true } : {})}>
            {optionLabel}
          </option>
        ))}
      </select>
    )}
  />
);

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
