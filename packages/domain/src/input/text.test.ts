import { describe, expect, it } from "vitest";
import { text, textMessages } from "./text";

const field = text({ min: 3, max: 10 });

function messagesOf(value: unknown, schema = field): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("text", () => {
  it("stores Vietnamese as NFC, so both keyboards' spellings are the same string", () => {
    const decomposed = "Nguye\u0302\u0303n"; // e + combining circumflex + combining tilde
    expect(field.parse(decomposed)).toBe("Nguyễn");
    expect(field.parse(decomposed)).toBe(field.parse("Nguyễn"));
  });

  it("trims, and turns CRLF and lone CR into LF while keeping tabs", () => {
    expect(field.parse("  a\r\nb\rc\td \n")).toBe("a\nb\nc\td");
  });

  it("refuses a lone surrogate (high or low), with that reason only", () => {
    expect(messagesOf("ab\ud800c")).toEqual([textMessages.loneSurrogate]);
    expect(messagesOf("ab\udc00c")).toEqual([textMessages.loneSurrogate]);
    expect(messagesOf("\ud800")).toEqual([textMessages.loneSurrogate]);
  });

  it("accepts a surrogate pair (an emoji is two code units, one character)", () => {
    expect(field.parse("ok 👍")).toBe("ok 👍");
  });

  it("refuses NUL and the other control characters, but not tab or newline", () => {
    for (const control of ["\u0000", "\u0007", "\u001b", "\u000b", "\u000c", "\u007f", "\u0085"]) {
      expect(messagesOf(`abc${control}def`), JSON.stringify(control)).toEqual([textMessages.control]);
    }
    expect(messagesOf("abc\tdef\nghi".slice(0, 10))).toEqual([]);
  });

  it("refuses bidi embeddings, overrides and isolates", () => {
    for (let code = 0x202a; code <= 0x202e; code++) {
      expect(messagesOf(`ab${String.fromCharCode(code)}cd`)).toEqual([textMessages.bidi]);
    }
    for (let code = 0x2066; code <= 0x2069; code++) {
      expect(messagesOf(`ab${String.fromCharCode(code)}cd`)).toEqual([textMessages.bidi]);
    }
    // The plain marks (LRM, RLM) change no order of stored characters; they stay allowed.
    expect(messagesOf("ab\u200ecd")).toEqual([]);
  });

  it("counts lengths after trimming and NFC, with its own messages", () => {
    expect(messagesOf("  ab  ")).toEqual([textMessages.tooShort(3)]);
    expect(messagesOf("a".repeat(11))).toEqual([textMessages.tooLong(10)]);
    // Ten decomposed letters are twenty code units as typed, ten once composed.
    expect(field.parse("e\u0301".repeat(10))).toBe("é".repeat(10));
    expect(messagesOf("   ", text({ min: 1, max: 10 }))).toEqual([textMessages.empty]);
  });

  it("with min 0 takes an empty or blank value as the empty string", () => {
    expect(text({ min: 0, max: 5 }).parse("   ")).toBe("");
  });

  it("refuses what is not a string", () => {
    expect(field.safeParse(42).success).toBe(false);
    expect(field.safeParse(null).success).toBe(false);
  });
});
