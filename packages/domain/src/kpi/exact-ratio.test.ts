import { describe, expect, it } from "vitest";
import { decimalFraction, meetsTarget, rateOf } from "./exact-ratio";

describe("rateOf", () => {
  it("divides counts, and has no rate for an empty denominator", () => {
    expect(rateOf(6, 7)).toBeCloseTo(0.857142857, 9);
    expect(rateOf(0, 3)).toBe(0);
    expect(rateOf(0, 0)).toBeNull();
  });

  it("refuses what is not a count", () => {
    expect(() => rateOf(-1, 3)).toThrow(RangeError);
    expect(() => rateOf(1.5, 3)).toThrow(RangeError);
  });
});

describe("decimalFraction", () => {
  it("gives the decimal the number was typed as", () => {
    expect(decimalFraction(0.83)).toEqual({ numerator: 83n, denominator: 100n });
    expect(decimalFraction(0.8)).toEqual({ numerator: 8n, denominator: 10n });
    expect(decimalFraction(1)).toEqual({ numerator: 1n, denominator: 1n });
    expect(decimalFraction(0)).toEqual({ numerator: 0n, denominator: 1n });
    expect(decimalFraction(1e-7)).toEqual({ numerator: 1n, denominator: 10_000_000n });
    expect(decimalFraction(2.5e-8)).toEqual({ numerator: 25n, denominator: 1_000_000_000n });
  });

  it("refuses negative and non-finite numbers", () => {
    expect(() => decimalFraction(-0.5)).toThrow(RangeError);
    expect(() => decimalFraction(Number.NaN)).toThrow(RangeError);
    expect(() => decimalFraction(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("meetsTarget", () => {
  it("decides 6 of 7 against 83% and 4 of 5 against 83%", () => {
    expect(meetsTarget(6, 7, 0.83)).toBe(true); // 600 ≥ 581
    expect(meetsTarget(4, 5, 0.83)).toBe(false); // 400 < 415
  });

  it("counts a rate exactly at the target as met", () => {
    expect(meetsTarget(4, 5, 0.8)).toBe(true);
    expect(meetsTarget(83, 100, 0.83)).toBe(true);
    expect(meetsTarget(82, 100, 0.83)).toBe(false);
  });

  it("is exact where multiplying the double is not", () => {
    // The naive comparison gets this one wrong: 7 >= 0.07 * 100 is false.
    expect(7 >= 0.07 * 100).toBe(false);
    expect(meetsTarget(7, 100, 0.07)).toBe(true);
    expect(meetsTarget(6, 100, 0.07)).toBe(false);
    expect(meetsTarget(29, 100, 0.29)).toBe(true);
    expect(meetsTarget(1, 3, 0.3333)).toBe(true);
    expect(meetsTarget(1, 3, 0.3334)).toBe(false);
  });

  it("handles the ends of the scale", () => {
    expect(meetsTarget(0, 5, 0)).toBe(true);
    expect(meetsTarget(5, 5, 1)).toBe(true);
    expect(meetsTarget(4, 5, 1)).toBe(false);
    expect(() => meetsTarget(0, 0, 0.83)).toThrow(RangeError);
  });
});
