import { type Db, devMailbox } from "@kycuong/db";
import type { EmailTransport } from "@kycuong/domain/alerts";
import { newId } from "@kycuong/domain/context";
import { eq } from "drizzle-orm";

export interface DevMailboxTransportOptions {
  db: Db;
  /** `Name <address>` or `address`, stored as the sender. */
  from: string;
  now?: () => Date;
}

/**
 * The dev-only transport (ENVIRONMENT=dev): "sends" by storing the message in
 * `dev_mailbox`, read at /dev/outbox. The unique idempotency key behaves like
 * a provider's: a retried send stores nothing new and answers the first id.
 */
export function devMailboxTransport(options: DevMailboxTransportOptions): EmailTransport {
  const now = options.now ?? (() => new Date());
  return {
    name: "dev",
    async send(email) {
      const at = now();
      const [inserted] = await options.db
        .insert(devMailbox)
        .values({
          id: newId(at),
          idempotencyKey: email.idempotencyKey,
          sender: options.from,
          recipient: email.to,
          subject: email.subject,
          bodyHtml: email.html,
          bodyText: email.text,
          createdAt: at.toISOString(),
        })
        .onConflictDoNothing({ target: devMailbox.idempotencyKey })
        .returning({ id: devMailbox.id });
      if (inserted) return { messageId: inserted.id };
      // Sent before under this key: answer the first message, as a provider does.
      const [stored] = await options.db
        .select({ id: devMailbox.id })
        .from(devMailbox)
        .where(eq(devMailbox.idempotencyKey, email.idempotencyKey));
      return { messageId: stored?.id ?? null };
    },
  };
}
