import { z } from "zod";
import { meetsTarget, rateOf } from "./exact-ratio";

/**
 * R6: pressing issues resolved on the spot ÷ pressing issues raised, against
 * the tenant's target. `rate` and `met` are null when no pressing issue was
 * raised: such a session neither meets nor misses the target.
 */
export const OnTheSpotKpi = z.object({
  numerator: z.int(),
  denominator: z.int(),
  rate: z.number().nullable(),
  target: z.number(),
  met: z.boolean().nullable(),
});
export type OnTheSpotKpi = z.infer<typeof OnTheSpotKpi>;

/**
 * R5: assigned conclusions resolved within their deadline ÷ conclusions that
 * are due (deadline passed, or resolved whenever), at the moment of asking.
 */
export const ConclusionsKpi = z.object({
  /** Every assigned conclusion in scope. */
  total: z.int(),
  resolvedWithinDeadline: z.int(),
  due: z.int(),
  rate: z.number().nullable(),
  /** Not resolved and past the deadline. */
  openOverdue: z.int(),
});
export type ConclusionsKpi = z.infer<typeof ConclusionsKpi>;

export interface OnTheSpotCounts {
  pressingRaised: number;
  pressingResolvedOnTheSpot: number;
}

export interface ConclusionCounts {
  total: number;
  resolvedWithinDeadline: number;
  due: number;
  openOverdue: number;
}

export function onTheSpotKpi(counts: OnTheSpotCounts, target: number): OnTheSpotKpi {
  const numerator = counts.pressingResolvedOnTheSpot;
  const denominator = counts.pressingRaised;
  if (numerator > denominator) throw new RangeError("More pressing issues resolved than raised");
  const rate = rateOf(numerator, denominator);
  return {
    numerator,
    denominator,
    rate,
    target,
    met: rate === null ? null : meetsTarget(numerator, denominator, target),
  };
}

export function conclusionsKpi(counts: ConclusionCounts): ConclusionsKpi {
  if (counts.resolvedWithinDeadline > counts.due) throw new RangeError("More resolved in time than due");
  return { ...counts, rate: rateOf(counts.resolvedWithinDeadline, counts.due) };
}
