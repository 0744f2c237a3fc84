/**
 * Ratios of counts, compared with a target without floating-point surprises.
 * These numbers decide people's evaluations, so "6 of 7 against 83%" must
 * give the same answer on every machine and for every target a tenant types.
 */

/** `numerator / denominator`, or null when there is nothing to divide by: "no rate", never 0 or 1. */
export function rateOf(numerator: number, denominator: number): number | null {
  assertCount(numerator);
  assertCount(denominator);
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * The decimal a number was written as, as an exact fraction: 0.83 → 83/100.
 * `String(x)` is the shortest decimal that reads back as the same double,
 * which is what the tenant typed in the settings.
 */
export function decimalFraction(value: number): { numerator: bigint; denominator: bigint } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`Not a finite, non-negative number: ${value}`);
  const fraction = match[2] ?? "";
  const digits = BigInt(`${match[1]}${fraction}`);
  const exponent = Number(match[3] ?? 0) - fraction.length;
  return exponent >= 0
    ? { numerator: digits * 10n ** BigInt(exponent), denominator: 1n }
    : { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}

/**
 * numerator / denominator ≥ target, decided in integers: with target = p/q
 * (its decimal), numerator × q ≥ p × denominator. Multiplying the double
 * instead goes wrong at the boundary: 0.07 × 100 is 7.000000000000001, so
 * 7 of 100 would "miss" a 7% target it meets exactly.
 */
export function meetsTarget(numerator: number, denominator: number, target: number): boolean {
  assertCount(numerator);
  assertCount(denominator);
  if (denominator === 0) throw new RangeError("No rate without a denominator");
  const { numerator: p, denominator: q } = decimalFraction(target);
  return BigInt(numerator) * q >= p * BigInt(denominator);
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
}
