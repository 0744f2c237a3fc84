import type { FC } from "hono/jsx";
import type { Lang } from "../i18n";
import { ConsoleLayout, type ConsoleUser } from "./console-layout";
import { ct } from "./console-text";

/** A page that only says something: an error the console shows as a page, not as JSON. */
export const MessagePage: FC<{
  lang: Lang;
  slug: string;
  tenantName: string;
  user: ConsoleUser | null;
  title: string;
  message: string;
  path: string;
}> = ({ lang, slug, tenantName, user, title, message, path }) => (
  <ConsoleLayout lang={lang} slug={slug} tenantName={tenantName} title={title} user={user} path={path}>
    <p role="alert">{message}</p>
    <p>
      <a href={user ? `/t/${slug}/app` : `/t/${slug}/login`}>{ct(lang, user ? "backHome" : "signInTitle")}</a>
    </p>
  </ConsoleLayout>
);
