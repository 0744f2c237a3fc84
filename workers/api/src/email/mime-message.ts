import { parseSender } from "./sender-address";

export interface MimeMessageInput {
  /** `Name <address>` or `address`. */
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** `left@right`, with or without angle brackets; made up from the sender's domain when absent. */
  messageId?: string;
  date: Date;
}

const CRLF = "\r\n";
/**
 * 42 UTF-8 bytes make 56 base64 characters; with `=?UTF-8?B?…?=` an encoded
 * word stays under RFC 2047's 75 and a `Subject: ` line under 78.
 */
const ENCODED_WORD_BYTES = 42;
const BASE64_LINE = 76;

/**
 * A raw RFC 5322 / MIME message for the `send_email` binding, which takes
 * nothing else: multipart/alternative with a plain-text part first and the
 * HTML part last (clients show the last part they understand). Bodies are
 * base64 so any Vietnamese text and any line length survive transport.
 */
export function mimeMessage(input: MimeMessageInput): string {
  const sender = parseSender(singleLine(input.from));
  const boundary = `=_kycuong_${randomHex(8)}`;
  const headers = [
    `From: ${sender.name ? `${displayName(sender.name)} <${sender.address}>` : sender.address}`,
    `To: ${singleLine(input.to).trim()}`,
    `Subject: ${headerText(singleLine(input.subject))}`,
    `Date: ${rfc5322Date(input.date)}`,
    `Message-ID: <${messageIdOf(input.messageId, sender.address)}>`,
    "MIME-Version: 1.0",
    // Tells mail servers and vacation responders this is automatic mail (RFC 3834).
    "Auto-Submitted: auto-generated",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      "Content-Transfer-Encoding: base64",
      "",
      wrap(base64(utf8(body)), BASE64_LINE),
    ].join(CRLF);
  return [...headers, "", part("text/plain", input.text), part("text/html", input.html), `--${boundary}--`, ""].join(
    CRLF,
  );
}

/** A CR or LF in a header value would start a new header (header injection): fold them to spaces. */
function singleLine(value: string): string {
  return value.replace(/[\r\n]+/g, " ");
}

/** Plain ASCII goes as is; anything else (Vietnamese) as RFC 2047 encoded words. */
function headerText(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodedWords(value);
}

function displayName(name: string): string {
  if (!/^[\x20-\x7e]*$/.test(name)) return encodedWords(name);
  return `"${name.replace(/["\\]/g, "\\$&")}"`;
}

/**
 * Splits on whole characters (RFC 2047 forbids splitting one across words)
 * and folds the words onto continuation lines; readers join adjacent encoded
 * words without the folding space.
 */
function encodedWords(value: string): string {
  const words: number[][] = [];
  const chunk: number[] = [];
  for (const char of value) {
    const bytes = utf8(char);
    if (chunk.length + bytes.length > ENCODED_WORD_BYTES) {
      words.push(chunk.splice(0));
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(chunk);
  return words.map((bytes) => `=?UTF-8?B?${base64(bytes)}?=`).join(`${CRLF} `);
}

function messageIdOf(given: string | undefined, senderAddress: string): string {
  const cleaned = given?.replace(/[\s<>]/g, "");
  if (cleaned) return cleaned.includes("@") ? cleaned : `${cleaned}@${domainOf(senderAddress)}`;
  return `${crypto.randomUUID()}@${domainOf(senderAddress)}`;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

/** `Sun, 01 Nov 2026 00:00:00 +0000`: RFC 5322 prefers a numeric zone to `GMT`. */
function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/ GMT$/, " +0000");
}

function utf8(value: string): number[] {
  return Array.from(new TextEncoder().encode(value));
}

function base64(bytes: number[]): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function wrap(value: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < value.length; i += width) lines.push(value.slice(i, i + width));
  return lines.join(CRLF);
}

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");
}
