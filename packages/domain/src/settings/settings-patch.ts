import { z } from "zod";
import { TenantSettings } from "../tenants/tenant-settings";

type SettingsShape = typeof TenantSettings.shape;
type PatchShape = { [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]["unwrap"]>> };

/**
 * A PATCH body: any top-level settings, each validated as TenantSettings
 * would, but without its defaults. With them, every key left out of the
 * body would come back as its default and overwrite what the tenant chose.
 * Built from TenantSettings itself, so a new setting is patchable the day it exists.
 */
export const SettingsPatch = z.strictObject(
  Object.fromEntries(
    Object.entries(TenantSettings.shape).map(([key, schema]) => [key, schema.unwrap().optional()]),
  ) as PatchShape,
);
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** Settings whose value is a record: a patch replaces the entries it names and keeps the others. */
export const mergedPerKey = ["reportDeadlineWorkingDays"] as const satisfies readonly (keyof SettingsPatch)[];
