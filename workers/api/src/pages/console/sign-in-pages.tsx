import type { FC } from "hono/jsx";
import type { FormErrors } from "../hotline/form-errors";
import { type ConsoleFrame, ConsoleLayout } from "./console-layout";
import { ct } from "./console-text";
import { CsrfField, ErrorSummary, Field, NewPasswordFields } from "./form-parts";

interface SignedOutPage {
  frame: ConsoleFrame;
  formToken: string;
  errors: FormErrors;
  /** A line above the form: signed out, session ended, password saved … */
  notice?: string | undefined;
}

/** The sign-in form. `next` rides along as a hidden field so the user lands where they were going. */
export const SignInPage: FC<SignedOutPage & { email: string; next: string | undefined }> = ({
  frame,
  frame: { lang, slug },
  formToken,
  errors,
  notice,
  email,
  next,
}) => (
  <ConsoleLayout frame={frame} title={ct(lang, "signInTitle")} path={`/t/${slug}/login`}>
    <p>{ct(lang, "signInIntro")}</p>
    {notice ? (
      <p class="notice" role="status">
        {notice}
      </p>
    ) : null}
    <ErrorSummary lang={lang} errors={errors} />
    <form method="post" action={`/t/${slug}/login`} novalidate>
      <CsrfField token={formToken} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        name="email"
        type="email"
        label={ct(lang, "email")}
        value={email}
        errors={errors}
        autocomplete="username"
      />
      <Field
        name="password"
        type="password"
        label={ct(lang, "password")}
        errors={errors}
        autocomplete="current-password"
      />
      <button type="submit">{ct(lang, "signInButton")}</button>
    </form>
    <p>
      <a href={`/t/${slug}/forgot-password`}>{ct(lang, "forgotLink")}</a>
    </p>
    <p>
      <a href={`/t/${slug}/hotline`}>{ct(lang, "hotlineLink")}</a>
    </p>
  </ConsoleLayout>
);

export const ForgotPasswordPage: FC<SignedOutPage & { email: string; sent: boolean }> = ({
  frame,
  frame: { lang, slug },
  formToken,
  errors,
  email,
  sent,
}) => (
  <ConsoleLayout
    frame={frame}
    title={ct(lang, "forgotTitle")}
    path={`/t/${slug}/forgot-password`}
    crumbs={[{ href: `/t/${slug}/login`, label: ct(lang, "signInTitle") }]}
  >
    {sent ? (
      <p class="notice" role="status">
        {ct(lang, "forgotSent")}
      </p>
    ) : (
      <>
        <p>{ct(lang, "forgotIntro")}</p>
        <ErrorSummary lang={lang} errors={errors} />
        <form method="post" action={`/t/${slug}/forgot-password`} novalidate>
          <CsrfField token={formToken} />
          <Field
            name="email"
            type="email"
            label={ct(lang, "email")}
            value={email}
            errors={errors}
            autocomplete="email"
          />
          <button type="submit">{ct(lang, "forgotButton")}</button>
        </form>
      </>
    )}
    <p>
      <a href={`/t/${slug}/login`}>{ct(lang, "signInTitle")}</a>
    </p>
  </ConsoleLayout>
);

/**
 * Choosing a password with a link. A tenant's console posts it to its own
 * reset page; the platform's `/set-password` page gives its own `action`,
 * and no "forgotten password" page to start again from (`restartHref` null).
 */
export const ResetPasswordPage: FC<
  SignedOutPage & { token: string; usable: boolean; action?: string; restartHref?: string | null }
> = ({ frame, frame: { lang, slug }, formToken, errors, notice, token, usable, action, restartHref }) => {
  const path = action ?? `/t/${slug}/reset-password`;
  const restart = restartHref === undefined ? `/t/${slug}/forgot-password` : restartHref;
  return (
    <ConsoleLayout frame={frame} title={ct(lang, "resetTitle")} path={path}>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : usable ? (
        <>
          <ErrorSummary lang={lang} errors={errors} />
          <form method="post" action={path} novalidate>
            <CsrfField token={formToken} />
            <input type="hidden" name="token" value={token} />
            <NewPasswordFields lang={lang} errors={errors} />
            <button type="submit">{ct(lang, "resetButton")}</button>
          </form>
        </>
      ) : (
        <>
          <p class="warning" role="alert">
            {ct(lang, "resetInvalid")}
          </p>
          {restart ? (
            <p>
              <a href={restart}>{ct(lang, "forgotTitle")}</a>
            </p>
          ) : null}
        </>
      )}
    </ConsoleLayout>
  );
};
