import type { FC } from "hono/jsx";
import { StyleSheet } from "./style-sheet";

export interface DevMail {
  id: string;
  sender: string;
  recipient: string;
  subject: string;
  bodyText: string;
  createdAt: string;
}

/**
 * The dev mailbox as a page: newest first, each message's plain text inline
 * and its HTML one click away, exactly as a mail client would receive it.
 */
export const DevOutboxPage: FC<{ mails: DevMail[] }> = ({ mails }) => (
  <html lang="vi">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>Hộp thư dev · Dev outbox</title>
      <StyleSheet css={styles} />
    </head>
    <body>
      <h1>Hộp thư dev · Dev outbox ({mails.length})</h1>
      <p>
        Thư hệ thống đã "gửi" khi chạy với EMAIL_TRANSPORT=dev · What the system sent with the dev transport.{" "}
        <a href="/dev/outbox.json">JSON</a>
      </p>
      {mails.map((mail) => (
        <details>
          <summary>
            <time>{mail.createdAt}</time> · <b>{mail.recipient}</b> · {mail.subject}
          </summary>
          <p>
            Từ · From: {mail.sender} · <a href={`/dev/outbox/${mail.id}`}>HTML</a>
          </p>
          <pre>{mail.bodyText}</pre>
        </details>
      ))}
    </body>
  </html>
);

const styles = `
body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;color:#16181d}
details{border-bottom:1px solid #ddd;padding:.5rem 0}
summary{cursor:pointer}
pre{white-space:pre-wrap;background:#f6f6f4;padding:.75rem}
`;
