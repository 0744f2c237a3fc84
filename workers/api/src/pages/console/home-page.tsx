import type { FC } from "hono/jsx";
import type { Lang } from "../i18n";
import { ConsoleLayout, type ConsoleUser } from "./console-layout";
import { ct } from "./console-text";

/** The console's home: what the signed-in user's roles have to do today. */
export const HomePage: FC<{ lang: Lang; slug: string; tenantName: string; user: ConsoleUser }> = ({
  lang,
  slug,
  tenantName,
  user,
}) => (
  <ConsoleLayout
    lang={lang}
    slug={slug}
    tenantName={tenantName}
    title={ct(lang, "navToday")}
    user={user}
    path={`/t/${slug}/app`}
  >
    <p>{user.displayName}</p>
  </ConsoleLayout>
);
