import type { Role } from "@kycuong/db";
import { type Permission, rolesGrant } from "@kycuong/domain/identity";
import type { Child, FC } from "hono/jsx";
import type { Lang } from "../i18n";
import { baseStyles } from "../layout";
import { StyleSheet } from "../style-sheet";
import { ct } from "./console-text";

export interface Crumb {
  href: string;
  label: string;
}

/** Who is signed in, as the frame shows them; null on the signed-out pages (sign in, passwords). */
export interface ConsoleUser {
  displayName: string;
  email: string;
  roles: readonly Role[];
  csrfToken: string;
}

/**
 * Who and where: the page's language, the tenant and the signed-in user
 * (null on the signed-out pages), built once per request by
 * `consoleFrame(c)` and handed to every console page as one value.
 */
export interface ConsoleFrame<U extends ConsoleUser | null = ConsoleUser | null> {
  lang: Lang;
  slug: string;
  tenantName: string;
  timeZone: string;
  user: U;
  /** The request's query without `lang` (filters, `next` …): the language switch keeps it. */
  query: string;
}

/** The frame of a page behind the session: its user is always there. */
export type SignedInFrame = ConsoleFrame<ConsoleUser>;

export interface ConsoleLayoutProps {
  frame: ConsoleFrame;
  /** The page's own heading, also the window title. */
  title: string;
  /** From the console's home down to the page's parent; the page itself is the heading. */
  crumbs?: Crumb[];
  /** The path of this page, for the language switch. */
  path: string;
  children?: Child;
}

const menu: { key: Parameters<typeof ct>[1]; path: string; needs?: Permission }[] = [
  { key: "navToday", path: "" },
  { key: "navReports", path: "/reports", needs: "reports:read" },
  { key: "navNotifications", path: "/notifications", needs: "notifications:manage" },
  { key: "navCalendar", path: "/settings/calendar", needs: "settings:read" },
  { key: "navAccount", path: "/account" },
];

/**
 * The frame of every console page: a skip link, the tenant and the user,
 * the menu the user's roles allow, breadcrumbs, one <main>. No script at
 * all: sign-out is a form post carrying the session's CSRF token.
 */
export const ConsoleLayout: FC<ConsoleLayoutProps> = ({
  frame: { lang, slug, tenantName, user, query },
  title,
  crumbs,
  path,
  children,
}) => {
  const app = `/t/${slug}/app`;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{`${title} — ${tenantName}`}</title>
        <StyleSheet css={baseStyles + consoleStyles} />
      </head>
      <body>
        <a class="skip" href="#main">
          {ct(lang, "skipToContent")}
        </a>
        <header class="console">
          <p class="brand">
            {/* The platform's own page (no tenant) has no console to go back to. */}
            {slug ? <a href={user ? app : `/t/${slug}/login`}>{tenantName}</a> : <span>{tenantName}</span>}
            <span class="sub">{ct(lang, "consoleName")}</span>
          </p>
          <a
            class="lang"
            href={`${path}?${query ? `${query}&` : ""}lang=${lang === "vi" ? "en" : "vi"}`}
            hreflang={lang === "vi" ? "en" : "vi"}
          >
            {ct(lang, "otherLanguage")}
          </a>
          {user ? (
            <form class="signout" method="post" action={`/t/${slug}/logout`}>
              <input type="hidden" name="_csrf" value={user.csrfToken} />
              <span class="who">
                <span class="visually-hidden">{ct(lang, "signedInAs")} </span>
                {user.displayName}
              </span>
              <button type="submit">{ct(lang, "signOut")}</button>
            </form>
          ) : null}
        </header>
        {user ? (
          <nav class="menu" aria-label={ct(lang, "mainMenu")}>
            <ul>
              {menu
                .filter((item) => !item.needs || rolesGrant(user.roles, item.needs))
                .map((item) => {
                  const href = `${app}${item.path}`;
                  const current = item.path === "" ? path === app : path.startsWith(href);
                  return (
                    <li>
                      <a href={href} {...(current ? { "aria-current": "page" } : {})}>
                        {ct(lang, item.key)}
                      </a>
                    </li>
                  );
                })}
            </ul>
          </nav>
        ) : null}
        <main id="main" class="console">
          {crumbs && crumbs.length > 0 ? (
            <nav aria-label={ct(lang, "breadcrumbs")} class="crumbs">
              <ol>
                {crumbs.map((crumb) => (
                  <li>
                    <a href={crumb.href}>{crumb.label}</a>
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
};

const consoleStyles = `
header.console{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.5rem 1rem}
header.console .brand{margin:0;display:flex;flex-direction:column;color:#fff}
header.console .brand a,header.console .brand>span:first-child{color:#fff;font-weight:700;text-decoration:none}
header.console .sub{font-size:.85rem;opacity:.9}
header.console form.signout{display:flex;gap:.5rem;align-items:center;background:none;border:0;padding:0;margin:0;color:#fff}
header.console form.signout button{margin:0;padding:.35rem .75rem;background:#fff;color:#8b1e1e}
nav.menu{background:#fff;border-bottom:1px solid #d0d0cc}
nav.menu ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:0 auto;padding:.5rem 1rem;max-width:72rem}
nav.menu a{color:#16181d;font-weight:600;text-decoration:none;padding:.25rem 0;display:inline-block}
nav.menu a[aria-current=page]{border-bottom:3px solid #8b1e1e}
main.console{max-width:72rem}
.crumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem;padding:0;margin:0;font-size:.9rem}
.crumbs li+li::before{content:"›";margin-right:.25rem;color:#4a4d55}
.skip{position:absolute;left:-10000px}
.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:10}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.notice{border-left:4px solid #1f6f3f;background:#f0fff4;padding:.75rem 1rem;margin:1rem 0}
.warning{border-left:4px solid #8b6d00;background:#fffbe6;padding:.75rem 1rem;margin:1rem 0}
input[type=password],input[type=search],input[type=date],input[type=number]{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:4px;background:#fff}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #d0d0cc;vertical-align:top}
th{background:#f0f0ec}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:999px;font-size:.85rem;font-weight:700;white-space:nowrap}
.badge.overdue{background:#a40e0e;color:#fff}
.badge.soon{background:#fde68a;color:#4a3500}
.badge.ok{background:#e4efe7;color:#1f4d2f}
ul.filters{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0 1rem}
ul.filters a[aria-current=page]{font-weight:700;text-decoration:none;border-bottom:3px solid #8b1e1e}
.pager{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.card.highlight{border:3px solid #8b1e1e;background:#fffbe6}
pre.message{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;padding:0;list-style:none}
.figures li{background:#fff;border:1px solid #d0d0cc;border-radius:6px;padding:.75rem}
.figures a{font-size:1.75rem;font-weight:700;display:block}
.actions{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
.actions form{margin:0}
button.secondary{background:#fff;color:#8b1e1e;border:2px solid #8b1e1e}
form.inline{border:0;padding:0;margin:0;background:none}
form.inline button{margin:0;padding:.4rem .75rem;font-size:.9rem}
.warning h2{margin-top:0}
dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0;overflow-wrap:anywhere}
details.filters{background:#fff;border:1px solid #d0d0cc;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
details.filters summary{font-weight:700;cursor:pointer}
details.filters form{border:0;padding:0;margin:0}
details.filters fieldset{border:0;padding:0;margin:1rem 0 0}
details.filters legend{font-weight:600;padding:0}
.checks{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:0 1rem}
.checks .check{margin-top:.5rem}
.filter-fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:0 1rem;margin-bottom:.5rem}
@media (max-width:40rem){
dl.facts{grid-template-columns:1fr}
dl.facts dd{margin-bottom:.5rem}
.table-wrap table,.table-wrap tbody,.table-wrap tr,.table-wrap td{display:block}
.table-wrap table{background:none}
.table-wrap thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.table-wrap tr{background:#fff;border:1px solid #d0d0cc;border-radius:6px;padding:.5rem .75rem;margin-bottom:.75rem}
.table-wrap td{border:0;padding:.25rem 0;overflow-wrap:anywhere}
.table-wrap td::before{content:attr(data-label);display:block;font-size:.85rem;font-weight:600;color:#4a4d55}
.table-wrap td:empty{display:none}
.table-wrap td ul{margin:0;padding-left:1.25rem}
}
`;
