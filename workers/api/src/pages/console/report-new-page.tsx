import type { TenantRef } from "@kycuong/domain/context";
import { newSecretToken } from "@kycuong/domain/identity";
import { type ReportFormChoices, reportLimits, staffChannels } from "@kycuong/domain/reports";
import type { FC } from "hono/jsx";
import type { FormErrors } from "../hotline/form-errors";
import { ConsoleLayout, type SignedInFrame } from "./console-layout";
import { ct } from "./console-text";
import { CsrfField, ErrorSummary, Field, Select, TextArea } from "./form-parts";
import { rt } from "./report-text";

/** The form for a report taken by phone, email or in person: the public form's fields plus the channel. */
export const ReportNewPage: FC<{
  frame: SignedInFrame;
  tenant: TenantRef;
  choices: ReportFormChoices;
  values: Record<string, string>;
  errors: FormErrors;
}> = ({ frame, frame: { lang }, tenant, choices, values, errors }) => {
  const app = `/t/${tenant.slug}/app`;
  const channel = values.channel ?? "phone";
  return (
    <ConsoleLayout
      frame={frame}
      title={rt(lang, "newTitle")}
      path={`${app}/reports/new`}
      crumbs={[
        { href: app, label: ct(lang, "navToday") },
        { href: `${app}/reports`, label: rt(lang, "inboxTitle") },
      ]}
    >
      <p>{rt(lang, "newIntro")}</p>
      <ErrorSummary lang={lang} errors={errors} />
      <form method="post" action={`${app}/reports/new`} aria-labelledby="new-title" novalidate>
        <h2 id="new-title" class="visually-hidden">
          {rt(lang, "newTitle")}
        </h2>
        <CsrfField token={frame.user.csrfToken} />
        {/* This form's own key, kept when it comes back with errors: posted twice, it records one report. */}
        <input type="hidden" name="submission" value={values.submission ?? newSecretToken()} />
        <fieldset id="channel">
          <legend>{rt(lang, "channel")}</legend>
          {errors.channel ? <p class="error">{errors.channel}</p> : null}
          {staffChannels.map((c) => (
            <label>
              <input type="radio" name="channel" value={c} {...(channel === c ? { checked: true } : {})} />{" "}
              {rt(lang, `channel_${c}`)}
            </label>
          ))}
        </fieldset>
        <Select
          name="category"
          label={rt(lang, "category")}
          errors={errors}
          value={values.category ?? ""}
          options={[
            ["", rt(lang, "chooseCategory")],
            ...choices.categories.map((c): [string, string] => [c.code, lang === "en" ? c.nameEn : c.nameVi]),
          ]}
        />
        <TextArea
          name="description"
          label={rt(lang, "description")}
          errors={errors}
          value={values.description}
          maxlength={reportLimits.description.max}
          rows={6}
        />
        <Select
          name="unitId"
          label={rt(lang, "concernedUnitChoice")}
          errors={errors}
          value={values.unitId ?? ""}
          options={[["", rt(lang, "unitNone")], ...choices.units.map((u): [string, string] => [u.id, u.name])]}
        />
        <Field
          name="unitText"
          label={rt(lang, "unitText")}
          errors={errors}
          value={values.unitText}
          maxlength={reportLimits.unitText.max}
        />
        <Field
          name="officialText"
          label={rt(lang, "officialText")}
          errors={errors}
          value={values.officialText}
          maxlength={reportLimits.officialText.max}
        />
        <Field
          name="occurredAt"
          type="date"
          label={rt(lang, "occurredAtInput")}
          errors={errors}
          value={values.occurredAt}
        />
        <Field
          name="location"
          label={rt(lang, "location")}
          errors={errors}
          value={values.location}
          maxlength={reportLimits.location.max}
        />
        <fieldset>
          <legend>{rt(lang, "contactLegend")}</legend>
          <Field
            name="reporterName"
            label={rt(lang, "name")}
            errors={errors}
            value={values.reporterName}
            maxlength={reportLimits.reporterName.max}
          />
          <Field
            name="reporterPhone"
            type="tel"
            label={rt(lang, "phone")}
            errors={errors}
            value={values.reporterPhone}
            maxlength={reportLimits.reporterPhone.max}
          />
          <Field
            name="reporterEmail"
            type="email"
            label={rt(lang, "email")}
            errors={errors}
            value={values.reporterEmail}
            maxlength={reportLimits.reporterEmail.max}
          />
          <label for="consentToContact">
            <input
              id="consentToContact"
              type="checkbox"
              name="consentToContact"
              value="true"
              {...(values.consentToContact === "true" ? { checked: true } : {})}
            />{" "}
            {rt(lang, "consentInput")}
          </label>
        </fieldset>
        <button type="submit">{rt(lang, "record")}</button>
      </form>
    </ConsoleLayout>
  );
};
