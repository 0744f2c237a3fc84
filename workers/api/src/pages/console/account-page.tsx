import type { FC } from "hono/jsx";
import type { FormErrors } from "../hotline/form-errors";
import { ConsoleLayout, type SignedInFrame } from "./console-layout";
import { ct, roleNames } from "./console-text";
import { CsrfField, ErrorSummary, Field, NewPasswordFields } from "./form-parts";

/** Who the user is, and the form to change their own password. */
export const AccountPage: FC<{
  frame: SignedInFrame;
  errors: FormErrors;
  changed: boolean;
}> = ({ frame, frame: { lang, slug, user }, errors, changed }) => (
  <ConsoleLayout
    frame={frame}
    title={ct(lang, "accountTitle")}
    path={`/t/${slug}/app/account`}
    crumbs={[{ href: `/t/${slug}/app`, label: ct(lang, "navToday") }]}
  >
    <dl class="facts card">
      <dt>{ct(lang, "email")}</dt>
      <dd>{user.email}</dd>
      <dt>{ct(lang, "roles")}</dt>
      <dd>{user.roles.map((role) => roleNames[role][lang]).join(", ")}</dd>
    </dl>
    <h2 id="password-title">{ct(lang, "changePasswordTitle")}</h2>
    {changed ? (
      <p class="notice" role="status">
        {ct(lang, "passwordChanged")}
      </p>
    ) : null}
    <ErrorSummary lang={lang} errors={errors} />
    <form method="post" action={`/t/${slug}/app/account/password`} aria-labelledby="password-title" novalidate>
      <CsrfField token={user.csrfToken} />
      <Field
        name="currentPassword"
        type="password"
        label={ct(lang, "currentPassword")}
        errors={errors}
        autocomplete="current-password"
      />
      <NewPasswordFields lang={lang} errors={errors} />
      <button type="submit">{ct(lang, "changePasswordButton")}</button>
    </form>
  </ConsoleLayout>
);
