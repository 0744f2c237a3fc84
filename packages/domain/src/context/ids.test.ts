import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("newId", () => {
  it("is a version 7 UUID", () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("sorts by creation time", () => {
    const earlier = newId(new Date("2026-01-01T00:00:00Z"));
    const later = newId(new Date("2026-01-01T00:00:00.001Z"));
    expect(earlier < later).toBe(true);
  });

  it("encodes the millisecond timestamp in its first 48 bits", () => {
    const at = new Date("2026-11-27T10:00:00.123Z");
    const hex = newId(at).replace(/-/g, "").slice(0, 12);
    expect(Number.parseInt(hex, 16)).toBe(at.getTime());
  });
});
