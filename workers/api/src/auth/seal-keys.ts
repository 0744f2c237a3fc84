import { loadRecordSeal, type RecordSeal } from "@kycuong/domain/violations";
import { MisconfiguredError, type WorkerEnv } from "../env";

const cache = new Map<string, Promise<RecordSeal>>();

/**
 * The violation records' seal key from settings (SEAL_PRIVATE_KEY, and
 * SEAL_PUBLIC_KEYS for keys rotated out), separate from the token keys:
 * imported once per isolate, on first use; a malformed key is a clear
 * `misconfigured` naming the setting.
 */
export function recordSeal(config: Pick<WorkerEnv, "SEAL_PRIVATE_KEY" | "SEAL_PUBLIC_KEYS">): Promise<RecordSeal> {
  const cacheKey = `${config.SEAL_PRIVATE_KEY}\n${config.SEAL_PUBLIC_KEYS ?? ""}`;
  let seal = cache.get(cacheKey);
  if (!seal) {
    seal = loadRecordSeal(config.SEAL_PRIVATE_KEY, config.SEAL_PUBLIC_KEYS).catch((error: unknown) => {
      cache.delete(cacheKey);
      const setting =
        error instanceof Error && error.message === "SEAL_PUBLIC_KEYS" ? error.message : "SEAL_PRIVATE_KEY";
      throw new MisconfiguredError([setting]);
    });
    cache.set(cacheKey, seal);
  }
  return seal;
}
