import { describe, expect, it } from "vitest";
import { constantTimeEqual, sha256Hex } from "./secret-token";

describe("constantTimeEqual", () => {
  it("is true only for the same text or bytes", () => {
    expect(constantTimeEqual("a1b2", "a1b2")).toBe(true);
    expect(constantTimeEqual("a1b2", "a1b3")).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
  });

  it("never matches a prefix or a longer value", () => {
    expect(constantTimeEqual("a1b2", "a1b2c")).toBe(false);
    expect(constantTimeEqual("", "a")).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });

  it("compares text as UTF-8, so different characters never collide", () => {
    expect(constantTimeEqual("Đ", "Ð")).toBe(false);
  });
});

describe("sha256Hex", () => {
  it("hashes text as UTF-8 and bytes as they are, to the same digest", async () => {
    const known = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    expect(await sha256Hex("abc")).toBe(known);
    expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]).buffer)).toBe(known);
  });
});
