import type { Child, FC } from "hono/jsx";
import { type Lang, t } from "./i18n";
import { StyleSheet } from "./style-sheet";

/**
 * The frame of every public page: no script, no external asset, readable on
 * an old phone, printable. `switchHref` is this page in the other language.
 */
export const Layout: FC<{ lang: Lang; title: string; switchHref: string; children?: Child }> = ({
  lang,
  title,
  switchHref,
  children,
}) => (
  <html lang={lang}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>{title}</title>
      <StyleSheet css={baseStyles} />
    </head>
    <body>
      <header>
        <a class="lang" href={switchHref} hreflang={lang === "vi" ? "en" : "vi"}>
          {t(lang, "otherLanguage")}
        </a>
      </header>
      <main>{children}</main>
    </body>
  </html>
);

/** The look every page shares: the console adds its own rules after these. */
export const baseStyles = `
:root{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#16181d;background:#f6f6f4;line-height:1.5}
header{display:flex;justify-content:flex-end;padding:.5rem 1rem;background:#8b1e1e}
header a{color:#fff}
main{max-width:44rem;margin:0 auto;padding:1rem 1rem 4rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.25rem;margin-top:2rem}
section,form,.card{background:#fff;border:1px solid #d0d0cc;border-radius:6px;padding:1rem;margin:1rem 0}
label{display:block;font-weight:600;margin-top:1rem}
.help{color:#4a4d55;font-size:.9rem;margin:.25rem 0}
input[type=text],input[type=email],input[type=tel],input[type=datetime-local],select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:4px;background:#fff}
textarea{min-height:9rem}
input:focus,select:focus,textarea:focus,button:focus,a:focus{outline:3px solid #1f5fbf;outline-offset:2px}
.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}
button{margin-top:1.5rem;font:inherit;font-weight:700;padding:.75rem 1.5rem;border:0;border-radius:4px;background:#8b1e1e;color:#fff;cursor:pointer}
.error{color:#a40e0e;font-weight:600}
.errors{border:2px solid #a40e0e;background:#fff5f5}
[aria-invalid=true]{border:2px solid #a40e0e}
.code{font:700 1.6rem/1.3 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.08em;padding:.5rem;background:#fffbe6;border:2px dashed #8b6d00;word-break:break-all}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
ol.timeline{padding-left:1.25rem}
.channels li{margin:.25rem 0}
@media print{header,form,.noprint{display:none}section,.card{border:0}}
`;
