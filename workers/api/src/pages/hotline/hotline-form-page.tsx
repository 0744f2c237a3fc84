import type { PublicHotline, PublicReportCategory } from "@kycuong/domain/hotline";
import { reportLimits } from "@kycuong/domain/reports";
import type { FC } from "hono/jsx";
import { type Lang, oneLanguage, t } from "../i18n";
import { Layout } from "../layout";
import type { FormErrors } from "./form-errors";

export interface HotlineFormProps {
  lang: Lang;
  slug: string;
  hotline: PublicHotline;
  categories: PublicReportCategory[];
  values: Record<string, string>;
  errors: FormErrors;
  turnstileSiteKey: string | null;
}

const placementNames = {
  district_portal: { vi: "Cổng thông tin huyện", en: "district portal" },
  commune_offices: { vi: "trụ sở UBND các xã, thị trấn", en: "commune offices" },
  public_admin_centre: { vi: "Trung tâm Hành chính công", en: "public administration centre" },
} as const;

/** Props tying an input to its label's help and error text, for screen readers. */
function described(name: string, errors: FormErrors, help?: boolean) {
  const ids = [help ? `${name}-help` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ");
  return {
    id: name,
    name,
    ...(ids ? { "aria-describedby": ids } : {}),
    ...(errors[name] ? { "aria-invalid": "true" } : {}),
  };
}

const FieldError: FC<{ name: string; errors: FormErrors }> = ({ name, errors }) =>
  errors[name] ? (
    <p class="error" id={`${name}-error`}>
      {errors[name]}
    </p>
  ) : null;

/**
 * The district's hotline and its report form. A plain HTML form post: it
 * works without JavaScript; every value a person typed comes back escaped
 * (hono/jsx escapes text and attributes) when the form is shown again.
 */
export const HotlineFormPage: FC<HotlineFormProps> = ({
  lang,
  slug,
  hotline,
  categories,
  values,
  errors,
  turnstileSiteKey,
}) => {
  const query = lang === "en" ? "?lang=en" : "";
  const errorEntries = Object.entries(errors);
  return (
    <Layout
      lang={lang}
      title={`${t(lang, "hotlineTitle")} — ${hotline.tenant.name}`}
      switchHref={`/t/${slug}/hotline${lang === "en" ? "" : "?lang=en"}`}
    >
      <h1>
        {t(lang, "hotlineTitle")} — {hotline.tenant.name}
      </h1>
      <p>{t(lang, "hotlineIntro")}</p>
      <section aria-labelledby="channels-title">
        <h2 id="channels-title">{t(lang, "callOrWrite")}</h2>
        <ul class="channels">
          {hotline.channels.map((channel) => (
            <li>
              <strong>{oneLanguage(lang, channel.label)}</strong>:{" "}
              <a
                href={
                  channel.kind === "phone" ? `tel:${channel.value.replace(/[^\d+]/g, "")}` : `mailto:${channel.value}`
                }
              >
                {channel.value}
              </a>
              {channel.hours ? ` (${channel.hours})` : ""}
              {channel.postedAt.length > 0
                ? ` — ${channel.postedAt.map((p) => placementNames[p][lang]).join(", ")}`
                : ""}
            </li>
          ))}
        </ul>
        {hotline.unitContacts.length > 0 ? (
          <>
            <h3>{t(lang, "unitContacts")}</h3>
            <ul class="channels">
              {hotline.unitContacts.map((contact) => (
                <li>
                  {contact.unit.name}: {contact.channels.map((c) => c.value).join(", ")}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <a href={`/t/${slug}/hotline/status${query}`}>{t(lang, "followUp")}</a>
        </p>
      </section>

      <form
        method="post"
        action={`/t/${slug}/hotline${query}`}
        enctype="multipart/form-data"
        aria-labelledby="form-title"
      >
        <h2 id="form-title">{t(lang, "formTitle")}</h2>
        {errorEntries.length > 0 ? (
          <div class="errors card" role="alert" aria-labelledby="errors-title">
            <p id="errors-title" class="error">
              {t(lang, "errorsTitle")}
            </p>
            <ul>
              {errorEntries.map(([field, message]) => (
                <li>
                  <a href={`#${field}`}>{message}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <label for="category">{t(lang, "category")}</label>
        <select {...described("category", errors)} required>
          {categories.map((category) => (
            <option value={category.code} selected={values.category === category.code}>
              {lang === "en" ? category.nameEn : category.nameVi}
            </option>
          ))}
        </select>
        <FieldError name="category" errors={errors} />

        <label for="description">{t(lang, "description")}</label>
        <p class="help" id="description-help">
          {t(lang, "descriptionHelp")}
        </p>
        <textarea
          {...described("description", errors, true)}
          required
          minlength={reportLimits.description.min}
          maxlength={reportLimits.description.max}
        >
          {values.description ?? ""}
        </textarea>
        <FieldError name="description" errors={errors} />

        <label for="unitId">{t(lang, "unit")}</label>
        <select {...described("unitId", errors)}>
          <option value="">{t(lang, "unitNone")}</option>
          {hotline.units.map((unit) => (
            <option value={unit.id} selected={values.unitId === unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
        <FieldError name="unitId" errors={errors} />
        <label for="unitText">{t(lang, "unitText")}</label>
        <input
          type="text"
          {...described("unitText", errors)}
          value={values.unitText ?? ""}
          maxlength={reportLimits.unitText.max}
        />

        <label for="officialText">{t(lang, "official")}</label>
        <input
          type="text"
          {...described("officialText", errors)}
          value={values.officialText ?? ""}
          maxlength={reportLimits.officialText.max}
        />
        <FieldError name="officialText" errors={errors} />

        <label for="occurredAt">{t(lang, "occurredAt")}</label>
        <input type="datetime-local" {...described("occurredAt", errors)} value={values.occurredAt ?? ""} />
        <FieldError name="occurredAt" errors={errors} />

        <label for="location">{t(lang, "location")}</label>
        <input
          type="text"
          {...described("location", errors)}
          value={values.location ?? ""}
          maxlength={reportLimits.location.max}
        />

        <fieldset>
          <legend>{t(lang, "contactLegend")}</legend>
          <p class="help">{t(lang, "contactHelp")}</p>
          <label for="reporterName">{t(lang, "name")}</label>
          <input
            type="text"
            {...described("reporterName", errors)}
            value={values.reporterName ?? ""}
            maxlength={reportLimits.reporterName.max}
            autocomplete="name"
          />
          <label for="reporterPhone">{t(lang, "phone")}</label>
          <input
            type="tel"
            {...described("reporterPhone", errors)}
            value={values.reporterPhone ?? ""}
            maxlength={reportLimits.reporterPhone.max}
            autocomplete="tel"
          />
          <FieldError name="reporterPhone" errors={errors} />
          <label for="reporterEmail">{t(lang, "email")}</label>
          <input
            type="email"
            {...described("reporterEmail", errors)}
            value={values.reporterEmail ?? ""}
            maxlength={reportLimits.reporterEmail.max}
            autocomplete="email"
          />
          <FieldError name="reporterEmail" errors={errors} />
          <label class="check">
            <input type="checkbox" name="consentToContact" value="true" checked={values.consentToContact === "true"} />
            {t(lang, "consent")}
          </label>
        </fieldset>

        <label for="files">{t(lang, "attachments")}</label>
        <input
          type="file"
          {...described("files", errors)}
          multiple
          accept="image/jpeg,image/png,image/webp,application/pdf"
        />
        <FieldError name="files" errors={errors} />

        <input type="hidden" name="formKey" value={values.formKey ?? ""} />
        <div class="hp" aria-hidden="true">
          <label for="website">{t(lang, "honeypot")}</label>
          <input type="text" id="website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>

        {turnstileSiteKey ? <div class="cf-turnstile" data-sitekey={turnstileSiteKey} /> : null}
        <FieldError name="turnstileToken" errors={errors} />
        <FieldError name="form" errors={errors} />

        <button type="submit">{t(lang, "send")}</button>
      </form>
      {turnstileSiteKey ? <script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer /> : null}
    </Layout>
  );
};
