/**
 * The two languages the product speaks, Vietnamese first. Every text the
 * domain writes for people carries both ("Tối thiểu 12 ký tự · At least 12
 * characters"); a page or an answer speaks one of them.
 */
export type Lang = "vi" | "en";

/**
 * The language part of a text written in both, split at its first " · ";
 * the whole text when it has no English part.
 */
export function oneLanguage(lang: Lang, message: string): string {
  const separator = message.indexOf(" · ");
  if (separator < 0) return message;
  const part = lang === "en" ? message.slice(separator + 3) : message.slice(0, separator);
  return part.trim() || message;
}

/**
 * The language an API client asked for (`Accept-Language`, RFC 9110 §12.5.4):
 * English only when it ranks English above Vietnamese; Vietnamese otherwise,
 * including when the header is missing, malformed or names neither.
 */
export function acceptedLanguage(header: string | undefined): Lang {
  if (!header) return "vi";
  let best: { lang: Lang; q: number } = { lang: "vi", q: 0 };
  let vietnameseQ = 0;
  for (const range of header.split(",")) {
    const [tag = "", ...params] = range.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    const primary = tag.trim().split("-")[0];
    if (primary === "vi" || primary === "*") vietnameseQ = Math.max(vietnameseQ, q);
    if (primary === "en" && q > best.q) best = { lang: "en", q };
  }
  return best.lang === "en" && best.q > vietnameseQ ? "en" : "vi";
}
