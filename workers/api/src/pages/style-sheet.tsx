import { raw } from "hono/html";
import type { FC } from "hono/jsx";

/**
 * A page's <style>, written as is. A style element's text is not HTML (the
 * browser does not decode `&quot;` there), so the JSX text escaping every
 * other child gets would break quoted fonts, `>` selectors and `content`
 * strings. Only for the product's own constant CSS, never for anything a
 * user sent.
 */
export const StyleSheet: FC<{ css: string }> = ({ css }) => <style>{raw(css)}</style>;
