import { EmailMessage } from "cloudflare:email";
import { EmailDeliveryError, type EmailTransport } from "@kycuong/domain/alerts";
import { mimeMessage } from "./mime-message";
import { parseSender } from "./sender-address";

export interface SendEmailBindingTransportOptions {
  binding: SendEmail;
  /** `Name <address>` or `address`; the address is also the envelope sender. */
  from: string;
  now?: () => Date;
}

/**
 * Sends through Cloudflare's `send_email` binding. It only reaches verified
 * destination addresses, so it suits small deployments whose unit heads'
 * addresses are verified; the HTTP email API is the general transport.
 */
export function sendEmailBindingTransport(options: SendEmailBindingTransportOptions): EmailTransport {
  const sender = parseSender(options.from);
  const now = options.now ?? (() => new Date());
  return {
    name: "send_email",
    async send(email) {
      // The binding has no idempotency key. A Message-ID derived from it lets
      // mail clients collapse a duplicate if a retry does deliver twice.
      const messageId = `${email.idempotencyKey.replace(/[^\w.-]/g, "-")}@${sender.address.split("@")[1]}`;
      const raw = mimeMessage({
        from: options.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        messageId,
        date: now(),
      });
      try {
        const result = await options.binding.send(new EmailMessage(sender.address, email.to, raw));
        return { messageId: result?.messageId ?? `<${messageId}>` };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new EmailDeliveryError(`send_email refused the message: ${reason.slice(0, 300)}`, null);
      }
    },
  };
}
