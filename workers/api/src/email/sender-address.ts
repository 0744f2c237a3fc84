/**
 * `EMAIL_FROM` is written the way people write senders: `Kỷ Cương
 * <canhbao@kycuong.example>` or a bare `canhbao@kycuong.example`. The env
 * check, the MIME builder and the `send_email` envelope all read it with this
 * one pattern, so what passes the check is what the transports can use.
 */
export const SENDER_PATTERN = /^\s*(?:([^<>\r\n"]*?)\s*<([^\s<>@]+@[^\s<>@]+)>|([^\s<>@]+@[^\s<>@]+))\s*$/;

export interface SenderAddress {
  /** The display name, empty when the sender is a bare address. */
  name: string;
  address: string;
}

export function parseSender(sender: string): SenderAddress {
  const match = SENDER_PATTERN.exec(sender);
  if (!match) throw new Error("not a sender address: expected `Name <address>` or `address`");
  return { name: match[1]?.trim() ?? "", address: match[2] ?? match[3] ?? "" };
}
