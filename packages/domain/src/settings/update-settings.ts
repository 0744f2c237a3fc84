import { guardedUpdate, tenants } from "@kycuong/db";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { assertCan } from "../access/assert-can";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import { tenantNotFound } from "../tenants/tenant-not-found";
import {
  IdentityProvider,
  parseTenantSettings,
  StoredTenantSettings,
  type TenantSettings,
} from "../tenants/tenant-settings";
import { mergedPerKey, type SettingsPatch } from "./settings-patch";

/**
 * Merges a partial change into the tenant's settings and writes it with its
 * audit entry, or writes nothing when the result is not a valid configuration.
 * Changing the identity provider needs `settings:identity_provider` (the
 * platform admin's alone) and has its own audit entry with the old and the
 * new provider; sending it back unchanged needs nothing more.
 */
export async function updateTenantSettings(ctx: TenantContext, patch: SettingsPatch): Promise<TenantSettings> {
  assertCan(ctx, "settings:write");
  // The tenants table is the tenant itself: it is scoped by its own id, not a tenantId column.
  const [row] = await ctx.db
    .select({ settings: tenants.settings, updatedAt: tenants.updatedAt })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenant.id))
    .limit(1);
  if (!row) throw tenantNotFound();
  const before = parseTenantSettings(row.settings);

  const stored: Record<string, unknown> = { ...row.settings };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) stored[key] = value;
  for (const key of mergedPerKey) {
    if (patch[key] !== undefined) stored[key] = { ...before[key], ...patch[key] };
  }
  // What the tenant already has is read as stored (a JWKS URL saved before the https rule);
  // a provider sent now must pass the rule.
  if (patch.identityProvider) {
    const sent = IdentityProvider.safeParse(patch.identityProvider);
    if (!sent.success) throw invalidSettings(sent.error.issues, ["identityProvider"]);
  }
  const result = StoredTenantSettings.safeParse(stored);
  if (!result.success) throw invalidSettings(result.error.issues);
  const after: TenantSettings = result.data;
  const { identityProvider: providerBefore, ...restBefore } = before;
  const { identityProvider: providerAfter, ...restAfter } = after;
  const providerChanged = JSON.stringify(providerBefore) !== JSON.stringify(providerAfter);
  if (providerChanged) assertCan(ctx, "settings:identity_provider");
  const othersSent = Object.entries(patch).some(([key, value]) => key !== "identityProvider" && value !== undefined);
  const entry = { tenantId: ctx.tenant.id, entityType: "tenant", entityId: ctx.tenant.id };
  const audit: ReturnType<typeof auditEntry>[] = [];
  if (othersSent || !providerChanged) {
    audit.push(auditEntry(ctx, { ...entry, action: "tenant.settings_updated", before: restBefore, after: restAfter }));
  }
  // Its own entry, so a change of who may sign staff in is found by its action, old and new side by side.
  if (providerChanged) {
    audit.push(
      auditEntry(ctx, {
        ...entry,
        action: "tenant.identity_provider_changed",
        before: { identityProvider: providerBefore },
        after: { identityProvider: providerAfter },
      }),
    );
  }

  // Only the keys a tenant has set are stored, so the others keep following the product's defaults.
  const normalized = Object.fromEntries(Object.keys(stored).map((key) => [key, after[key as keyof TenantSettings]]));
  // Only the version that was read is replaced: two admins saving at once cannot silently undo each other.
  await writeGuarded(
    ctx,
    [
      // The tenants table is the tenant itself: its row is its own id, with no tenantId column.
      ...guardedUpdate(ctx.db, {
        table: tenants,
        row: { id: ctx.tenant.id },
        read: { updatedAt: row.updatedAt },
        set: { settings: normalized, updatedAt: ctx.now.toISOString() },
      }),
      ...audit,
    ],
    settingsChanged,
  );
  return after;
}

function settingsChanged(): DomainError {
  return new DomainError(
    "settings_changed",
    "Cấu hình vừa được người khác thay đổi; hãy tải lại rồi thử lại · The settings changed meanwhile; reload and try again",
  );
}

function invalidSettings(issues: readonly z.core.$ZodIssue[], at: string[] = []): DomainError {
  return new DomainError(
    "validation_failed",
    "Cấu hình không hợp lệ · The settings are invalid",
    issues.map((issue) => ({ path: ["body", ...at, ...issue.path.map(String)].join("."), message: issue.message })),
  );
}
