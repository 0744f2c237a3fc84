import type { FC } from "hono/jsx";
import { type ConsoleFrame, ConsoleLayout } from "./console-layout";
import { ct } from "./console-text";

/** A page that only says something: an error the console shows as a page, not as JSON. */
export const MessagePage: FC<{
  frame: ConsoleFrame;
  title: string;
  message: string;
  path: string;
}> = ({ frame, frame: { lang, slug, user }, title, message, path }) => (
  <ConsoleLayout frame={frame} title={title} path={path}>
    <p role="alert">{message}</p>
    <p>
      <a href={user ? `/t/${slug}/app` : `/t/${slug}/login`}>{ct(lang, user ? "backHome" : "signInTitle")}</a>
    </p>
  </ConsoleLayout>
);
