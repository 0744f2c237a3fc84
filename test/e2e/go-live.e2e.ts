import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it, vi } from "vitest";

// Issue 14's production-like run: the minified production bundle under
// wrangler with [env.production], a fresh database with migrations only (no
// demo seed), email through the email API stand-in (test/e2e/setup/production-stack.ts).
// From nothing to a district in service, every step as docs/deploying.md gives it.

const stack = () => inject("production");
const TIME_ZONE = "Asia/Ho_Chi_Minh";
const DEADLINE_WORKING_DAYS = 3;

async function call(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return fetch(`${stack().baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** The JSON of an answer with `status`; the body is in the message when it is not. */
async function answer<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

async function logIn(credentials: { tenant?: string; email: string; password: string }): Promise<string> {
  return (await answer<{ access_token: string }>(await call("/v1/auth/login", { body: credentials }), 200))
    .access_token;
}

async function setPassword(link: string, password: string): Promise<void> {
  const token = new URL(link).searchParams.get("token");
  expect(token).toBeTruthy();
  expect((await call("/v1/auth/set-password", { body: { token, password } })).status).toBe(204);
}

/** `YYYY-MM-DD` of an instant in Việt Nam. */
function localDate(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(at)
    .slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The Nth day after `from` on which `isWorking` holds (the day itself does not count). */
function nthWorkingDayAfter(from: string, n: number, isWorking: (date: string) => boolean): string {
  let date = from;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (isWorking(date)) counted++;
  }
  return date;
}

interface NationalYear {
  status: "announced" | "projected" | "missing";
  source: string | null;
  days: { date: string; kind: "holiday" | "day_off_in_lieu" | "working_day"; nameVi: string; nameEn: string }[];
}

interface TenantCalendar {
  status: string;
  days: { date: string; dayOff: boolean; origin: "national" | "tenant"; name: string }[];
}

describe("go-live on the production build (fresh database, no demo data)", () => {
  it("has no dev routes and no demo district", async () => {
    for (const path of ["/dev/outbox", "/dev/outbox.json"]) {
      const res = await call(path);
      expect(res.status, path).toBe(404);
      expect((await res.json()) as { code: string }).toMatchObject({ code: "not_found" });
    }
    expect((await call("/v1/public/tenants/binh-son")).status).toBe(404);
  });

  it("serves /openapi.json and /docs as the files the build wrote, with the Worker's security headers", async () => {
    const document = await call("/openapi.json");
    expect(document.status).toBe(200);
    expect(document.headers.get("content-type")).toMatch(/^application\/json/);
    expect(document.headers.get("x-content-type-options")).toBe("nosniff");
    expect(document.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    const openapi = (await document.json()) as {
      paths: Record<string, Record<string, { summary?: string; description?: string }>>;
    };
    // The documentation text the Worker's bundle leaves out is all in the file.
    const intake = openapi.paths["/v1/public/tenants/{slug}/reports"]?.post;
    expect(intake?.summary).toBeTruthy();
    expect(intake?.description).toContain("Anonymous reports are allowed");
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/openapi.json", "/docs"]));

    const page = await call("/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('id="problem-not_found"');
    expect(html).toContain("Nothing exists at this address.");

    // A problem's `type` links to its entry on that page.
    const missing = await call("/no/such/page");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { type: string }).type).toBe(`${stack().baseUrl}/docs#problem-not_found`);
  });

  it("first platform admin → a district with its admin → a hotline report whose deadline skips the national days off", async () => {
    const { baseUrl, libsqlUrl, emailApiUrl } = stack();

    // 1. `npm run platform:admin` against the deployment's database, as docs/deploying.md says.
    const platformEmail = "quantri.nentang@kycuong.example";
    const { stdout } = await promisify(execFile)(
      "npm",
      ["run", "--silent", "platform:admin", "--", "--email", platformEmail, "--name", "Quản trị nền tảng"],
      { env: { ...process.env, LIBSQL_URL: libsqlUrl, PUBLIC_BASE_URL: baseUrl }, timeout: 60_000 },
    );
    expect(stdout).toContain(`Platform admin ${platformEmail} created.`);
    const platformLink = /https?:\/\/\S+\/set-password\?token=[A-Za-z0-9_-]+/.exec(stdout)?.[0] ?? "";
    expect(platformLink.startsWith(`${baseUrl}/set-password?token=`), stdout).toBe(true);
    await setPassword(platformLink, "mat-khau-nen-tang-2026");
    const platform = await logIn({ email: platformEmail, password: "mat-khau-nen-tang-2026" });

    // 2. The government announces one more day off: the platform admin adds it to the national
    // calendar, on the second working day from today (still inside a report's window if the
    // report lands after midnight).
    const today = localDate(new Date());
    const nationalDayOff = new Map<string, boolean>();
    const nationalYear = async (year: string) =>
      answer<NationalYear>(await call(`/v1/platform/calendar/${year}`, { token: platform }), 200);
    for (const year of new Set([today.slice(0, 4), addDays(today, 30).slice(0, 4)])) {
      for (const day of (await nationalYear(year)).days) nationalDayOff.set(day.date, day.kind !== "working_day");
    }
    const extraDayOff = nthWorkingDayAfter(today, 2, (date) => !(nationalDayOff.get(date) ?? !isWeekday(date)));
    const year = await nationalYear(extraDayOff.slice(0, 4));
    await answer(
      await call(`/v1/platform/calendar/${extraDayOff.slice(0, 4)}`, {
        method: "PUT",
        token: platform,
        body: {
          status: year.status === "missing" ? "projected" : year.status,
          source: year.source ?? "Thông báo nghỉ bổ sung · An added day off",
          days: [
            ...year.days,
            { date: extraDayOff, kind: "holiday", nameVi: "Ngày nghỉ bổ sung", nameEn: "Added day off" },
          ],
        },
      }),
      200,
    );

    // 3. A district with its first admin, in one call; the admin's link comes by email.
    const slug = "son-tinh";
    const adminEmail = "chutich@son-tinh.example.vn";
    await answer(
      await call("/v1/platform/tenants", {
        token: platform,
        body: {
          slug,
          name: "Huyện Sơn Tịnh",
          level: "district",
          province: "Quảng Ngãi",
          admin: { email: adminEmail, fullName: "Nguyễn Văn Quản" },
        },
      }),
      201,
    );
    const [mail] = await vi.waitFor(
      async () => {
        const res = await fetch(`${emailApiUrl}/received?to=${encodeURIComponent(adminEmail)}`);
        const sent = (await res.json()) as { subject: string; text: string }[];
        expect(sent).toHaveLength(1);
        return sent;
      },
      { timeout: 20_000, interval: 250 },
    );
    expect(mail?.subject).toContain("Set your password");
    const adminLink = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail?.text ?? "")?.[0] ?? "";
    expect(adminLink.startsWith(`${baseUrl}/t/${slug}/reset-password?token=`), mail?.text).toBe(true);
    await setPassword(adminLink, "mat-khau-huyen-2026");
    const admin = await logIn({ tenant: slug, email: adminEmail, password: "mat-khau-huyen-2026" });

    // 4. The admin opens the hotline with one category; a citizen files a report through the public API.
    await answer(
      await call(`/v1/tenants/${slug}/report-categories`, {
        token: admin,
        body: {
          code: "thai_do_phuc_vu",
          nameVi: "Thái độ phục vụ",
          nameEn: "Conduct of officials",
          deadlineWorkingDays: DEADLINE_WORKING_DAYS,
        },
      }),
      201,
    );
    const intake = await answer<{ trackingCode: string; receipt: string; dueAt: string }>(
      await call(`/v1/public/tenants/${slug}/reports`, {
        body: {
          category: "thai_do_phuc_vu",
          description: "Cán bộ một cửa hẹn trả hồ sơ ba lần nhưng không trả, không giải thích lý do.",
        },
      }),
      201,
    );
    const followed = await fetch(`${baseUrl}/v1/public/tenants/${slug}/reports/${intake.trackingCode}`, {
      headers: { "x-receipt": intake.receipt },
    });
    const report = await answer<{ createdAt: string; dueAt: string }>(followed, 200);
    expect(report.dueAt).toBe(intake.dueAt);

    // 5. The deadline is the district's calendar (the national one it inherited) counted from the day
    // of receipt: it skips the added day and every other national day off in the window.
    const received = localDate(new Date(report.createdAt));
    const effective = new Map<string, TenantCalendar["days"][number]>();
    for (const calendarYear of new Set([received.slice(0, 4), addDays(received, 30).slice(0, 4)])) {
      const calendar = await answer<TenantCalendar>(
        await call(`/v1/tenants/${slug}/calendar?year=${calendarYear}`, { token: admin }),
        200,
      );
      expect(calendar.status).not.toBe("missing");
      for (const day of calendar.days) effective.set(day.date, day);
    }
    expect(effective.get(extraDayOff)).toMatchObject({ dayOff: true, origin: "national", name: "Ngày nghỉ bổ sung" });
    const due = localDate(new Date(intake.dueAt));
    expect(due).toBe(
      nthWorkingDayAfter(received, DEADLINE_WORKING_DAYS, (date) => !(effective.get(date)?.dayOff ?? !isWeekday(date))),
    );
    expect(extraDayOff > received && extraDayOff < due).toBe(true);
    expect(due > nthWorkingDayAfter(received, DEADLINE_WORKING_DAYS, isWeekday)).toBe(true);
  });
});
