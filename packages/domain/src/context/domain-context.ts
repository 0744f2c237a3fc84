import type { Db, Role } from "@kycuong/db";
import type { CalendarData } from "../calendar/calendar-data";
import type { TenantSettings } from "../tenants/tenant-settings";
import type { RecordSeal } from "../violations/record-seal";

/** A signed-in staff member, as their verified token and account say. */
export interface UserActor {
  type: "user";
  userId: string;
  email: string;
  /** null for platform admins, who belong to no tenant. */
  tenantId: string | null;
  roles: Role[];
  /** The unit a unit head (or any unit-bound account) is scoped to. */
  unitId: string | null;
}

/** Who is acting: a staff user, a scheduled job, or an anonymous member of the public. */
export type Actor = UserActor | { type: "system"; job: string } | { type: "public" };

/** The tenant a request or job works in, resolved once and trusted by every verb. */
export interface TenantRef {
  id: string;
  slug: string;
  /** As people read it ("Huyện Bình Sơn"): pages, emails and printed records show it. */
  name: string;
  timezone: string;
  settings: TenantSettings;
  /** The national calendar and the tenant's own days, read with the tenant: what deadlines are counted with. */
  calendar: CalendarData;
}

/**
 * Everything a verb needs from the outside world. `now` comes from here, never
 * from `new Date()` inside a verb, so tests and cron replays can freeze time.
 */
export interface DomainContext {
  db: Db;
  now: Date;
  actor: Actor;
  requestId: string;
}

/** A context inside one tenant: every tenant-owned query filters on `tenant.id`. */
export interface TenantContext extends DomainContext {
  tenant: TenantRef;
  /**
   * The actor's own unit and every unit under it, when whoever loaded the
   * actor already read them: the console's session load reads them in its
   * own batch, so a page does not spend a round trip on them. Left out, they
   * are read when a unit head's reach needs them (see access/unit-scope.ts).
   */
  unitSubtree?: string[];
  /**
   * The violation records' seal key, loaded on first use: the Worker's
   * SEAL_PRIVATE_KEY. Verbs that seal or verify a record need it (`sealOf`).
   */
  seal?: () => Promise<RecordSeal>;
}
