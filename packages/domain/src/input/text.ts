import { z } from "zod";

/** The bounds of a text field, in UTF-16 code units: what zod and HTML `maxlength` both count. */
export interface TextLimits {
  /** 0: may be empty (after trimming). */
  min: number;
  max: number;
}

/** A half of a surrogate pair on its own: JSON can carry it (`"\ud800"`), UTF-8 and the database cannot. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** C0 controls other than tab and newline (CR is normalised away first), DEL and the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Bidi embeddings, overrides and isolates: they make a text read differently from what it stores ("Trojan Source"). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

export const textMessages = {
  loneSurrogate:
    "Chứa ký tự không hợp lệ (nửa cặp UTF-16 đứng riêng) · Contains an invalid character (a lone UTF-16 surrogate)",
  control: "Chứa ký tự điều khiển không được phép · Contains a control character that is not allowed",
  bidi: "Chứa ký tự đảo chiều văn bản (U+202A–U+202E, U+2066–U+2069) · Contains a text-direction control character (U+202A–U+202E, U+2066–U+2069)",
  empty: "Không được để trống · Must not be empty",
  tooShort: (min: number) => `Tối thiểu ${min} ký tự · At least ${min} characters`,
  tooLong: (max: number) => `Tối đa ${max} ký tự · At most ${max} characters`,
} as const;

/** True when every surrogate in `value` is half of a pair (String.prototype.isWellFormed, for ES2023 targets). */
export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** Line breaks as browsers send them in a textarea (CRLF) or as old files have them (CR), stored as LF. */
function canonical(value: string): string {
  return value.replace(/\r\n?/g, "\n").normalize("NFC").trim();
}

/**
 * Text a person typed, the one rule for every text field: well-formed
 * (a lone surrogate is refused before anything else looks at it),
 * CRLF → LF, Unicode NFC (so "ế" is one character whichever keyboard
 * typed it, and the same name compares equal), trimmed, no control
 * characters other than tab and newline, no bidi controls, and bounded.
 * Lengths count after normalising. Stored as typed otherwise: escaping is
 * the pages' job, not the store's.
 */
export function text(limits: TextLimits) {
  const schema = z
    .string()
    .refine(isWellFormed, { message: textMessages.loneSurrogate, abort: true })
    .overwrite(canonical)
    .refine((value) => !CONTROL.test(value), { message: textMessages.control })
    .refine((value) => !BIDI_CONTROL.test(value), { message: textMessages.bidi });
  const bounded =
    limits.min > 0
      ? schema.min(limits.min, limits.min === 1 ? textMessages.empty : textMessages.tooShort(limits.min))
      : schema;
  return bounded.max(limits.max, textMessages.tooLong(limits.max));
}
