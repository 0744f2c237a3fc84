import { describe, expect, it } from "vitest";
import { conclusionsKpi, onTheSpotKpi } from "./dialogue-kpi-math";

describe("onTheSpotKpi", () => {
  it("has no rate and neither meets nor misses when no pressing issue was raised", () => {
    expect(onTheSpotKpi({ pressingRaised: 0, pressingResolvedOnTheSpot: 0 }, 0.83)).toEqual({
      numerator: 0,
      denominator: 0,
      rate: null,
      target: 0.83,
      met: null,
    });
  });

  it("answers numerator, denominator, rate, target and met", () => {
    const kpi = onTheSpotKpi({ pressingRaised: 7, pressingResolvedOnTheSpot: 6 }, 0.83);
    expect(kpi).toMatchObject({ numerator: 6, denominator: 7, target: 0.83, met: true });
    expect(kpi.rate).toBe(6 / 7);
    expect(onTheSpotKpi({ pressingRaised: 5, pressingResolvedOnTheSpot: 4 }, 0.83)).toMatchObject({
      rate: 0.8,
      met: false,
    });
    expect(onTheSpotKpi({ pressingRaised: 3, pressingResolvedOnTheSpot: 3 }, 0.83)).toMatchObject({
      rate: 1,
      met: true,
    });
    expect(onTheSpotKpi({ pressingRaised: 3, pressingResolvedOnTheSpot: 0 }, 0.83)).toMatchObject({
      rate: 0,
      met: false,
    });
  });

  it("refuses impossible counts", () => {
    expect(() => onTheSpotKpi({ pressingRaised: 2, pressingResolvedOnTheSpot: 3 }, 0.83)).toThrow(RangeError);
  });
});

describe("conclusionsKpi", () => {
  it("divides conclusions resolved in time by those due, with no rate when none is due", () => {
    expect(conclusionsKpi({ total: 4, resolvedWithinDeadline: 1, due: 3, openOverdue: 1 })).toEqual({
      total: 4,
      resolvedWithinDeadline: 1,
      due: 3,
      rate: 1 / 3,
      openOverdue: 1,
    });
    expect(conclusionsKpi({ total: 2, resolvedWithinDeadline: 0, due: 0, openOverdue: 0 }).rate).toBeNull();
  });
});
