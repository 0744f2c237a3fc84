import { signInToConsole } from "./console-sign-in";
import type { Answer, LoadRecorder } from "./load-recorder";

/** The demo tenant the load runs against (seeded by `startBenchStack`). */
export const LOAD_SLUG = "binh-son";
const hotlineOfficer = "tiepdan@binh-son.example";
/** Console users by virtual user, in turn: each role's home and inbox cost differently. */
const consoleAccounts = [
  "tiepdan@binh-son.example",
  "admin@binh-son.example",
  "truongxa@binh-son.example",
  "lanhdao@binh-son.example",
];
const categories = ["attitude", "delay", "other"];
const complaint = "Cán bộ một cửa xã không tiếp dân đúng giờ hẹn, nói năng thiếu tôn trọng với người dân.";

/** mulberry32: a small seeded generator, so one seed gives one mix of operations per virtual user. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One logical intake (one report meant) and every HTTP attempt made for it. */
export interface IntakeRecord {
  /** In the description as `[load <run> <nonce>]`: how the database rows are found again. */
  nonce: string;
  /** plain: no key, sent once; keyed: an Idempotency-Key, maybe sent again; over_limit: one client past the limit. */
  kind: "plain" | "keyed" | "over_limit";
  key?: string;
  attempts: { status: number; trackingCode?: string; replayed: boolean }[];
}

/** What every virtual user shares: the answers reconciliation will check against the database. */
export interface LoadRun {
  recorder: LoadRecorder;
  runId: string;
  password: string;
  unitIds: string[];
  intakes: IntakeRecord[];
  /** Reports the staff moved: tracking code → the status their last 200 answered. */
  moved: Map<string, string>;
  /** Accepted intakes (code and receipt) for the public look-ups. */
  filed: { trackingCode: string; receipt: string }[];
}

interface OwnReport {
  nonce: string;
  trackingCode: string;
  id?: string;
  status: "received" | "accepted" | "assigned";
}

/**
 * One simulated client mix: a member of the public (a new address per
 * report, as many people are), a hotline officer on the API, a staff member
 * in the console, and an abusive address that files in bursts past the rate limit.
 * Staff move only reports this virtual user filed, so two never race for one.
 */
export class VirtualUser {
  private token = "";
  private consoleCookie = "";
  private addresses = 0;
  private sequence = 0;
  private readonly own: OwnReport[] = [];

  constructor(
    private readonly run: LoadRun,
    readonly index: number,
    private readonly random: () => number,
  ) {}

  /** The operations and their weights: about a third public intake, the rest reads and staff work. */
  private readonly operations: [weight: number, run: () => Promise<void>][] = [
    [16, () => this.intake()],
    [16, () => this.keyedIntake()],
    [6, () => this.intakeOverLimit()],
    [14, () => this.followReport()],
    [8, () => this.open311Lookup()],
    [12, () => this.staffList()],
    [10, () => this.staffTransition()],
    [12, () => this.consolePage()],
  ];

  /** Signs in once: the hotline officer on the API, a console user through the real form (with its CSRF token). */
  async signIn(): Promise<void> {
    const headers = { "CF-Connecting-IP": `10.251.${this.index}.1` };
    const res = await fetch(`${this.run.recorder.baseUrl}/v1/auth/login`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ tenant: LOAD_SLUG, email: hotlineOfficer, password: this.run.password }),
    });
    if (res.status !== 200) throw new Error(`API sign-in answered ${res.status}: ${await res.text()}`);
    this.token = ((await res.json()) as { access_token: string }).access_token;
    const email = consoleAccounts[this.index % consoleAccounts.length] ?? hotlineOfficer;
    this.consoleCookie = await signInToConsole(
      this.run.recorder.baseUrl,
      { slug: LOAD_SLUG, email, password: this.run.password },
      headers,
    );
  }

  /** The tenant's active units, read once before the run: where reports get assigned. */
  async unitIds(): Promise<string[]> {
    const res = await fetch(`${this.run.recorder.baseUrl}/v1/tenants/${LOAD_SLUG}/units?limit=100`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (res.status !== 200) throw new Error(`listing units answered ${res.status}`);
    const page = (await res.json()) as { items: { id: string; active: boolean }[] };
    return page.items.filter((unit) => unit.active).map((unit) => unit.id);
  }

  /** Runs weighted operations, one after another, until `deadline` (performance.now()). */
  async runUntil(deadline: number): Promise<void> {
    const total = this.operations.reduce((sum, [weight]) => sum + weight, 0);
    while (performance.now() < deadline) {
      let pick = this.random() * total;
      for (const [weight, operation] of this.operations) {
        pick -= weight;
        if (pick >= 0) continue;
        await operation();
        break;
      }
    }
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)];
  }

  /** A fresh address per citizen (the intake limit is per tenant and client). */
  private newAddress(): string {
    const n = ++this.addresses;
    return `10.${1 + (this.index % 200)}.${(n >> 8) & 255}.${n & 255}`;
  }

  private newIntake(kind: IntakeRecord["kind"]): { record: IntakeRecord; body: string } {
    const nonce = `v${this.index}-${++this.sequence}`;
    const record: IntakeRecord = {
      nonce,
      kind,
      attempts: [],
      ...(kind === "keyed" ? { key: `load-${this.run.runId}-${nonce}` } : {}),
    };
    this.run.intakes.push(record);
    const withContact = this.random() < 0.3;
    const body = JSON.stringify({
      category: this.pick(categories),
      description: `${complaint} [load ${this.run.runId} ${nonce}]`,
      ...(withContact ? { reporterName: "Nguyễn Văn An", reporterPhone: "0905 123 456", consentToContact: true } : {}),
    });
    return { record, body };
  }

  private async fileIntake(op: string, record: IntakeRecord, body: string, ip: string, expected: number[]) {
    const answer = await this.run.recorder.send(
      op,
      `/v1/public/tenants/${LOAD_SLUG}/reports`,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "CF-Connecting-IP": ip,
          ...(record.key ? { "Idempotency-Key": record.key } : {}),
        },
        body,
      },
      expected,
    );
    const replayed = answer.headers.get("idempotency-replayed") === "true";
    if (answer.status !== 201) {
      record.attempts.push({ status: answer.status, replayed });
      return;
    }
    const { trackingCode, receipt } = JSON.parse(answer.body) as { trackingCode: string; receipt: string };
    record.attempts.push({ status: 201, trackingCode, replayed });
    if (replayed || this.own.some((report) => report.trackingCode === trackingCode)) return;
    this.own.push({ nonce: record.nonce, trackingCode, status: "received" });
    this.run.filed.push({ trackingCode, receipt });
  }

  private intake(): Promise<void> {
    const { record, body } = this.newIntake("plain");
    return this.fileIntake("public intake, no key", record, body, this.newAddress(), [201]);
  }

  /** With an Idempotency-Key: half sent once, a quarter with 1–3 copies at once, a quarter retried 1–3 times after the answer. */
  private async keyedIntake(): Promise<void> {
    const { record, body } = this.newIntake("keyed");
    const ip = this.newAddress();
    const mode = this.random();
    const copies = 1 + Math.floor(this.random() * 3);
    if (mode < 0.5) return this.fileIntake("public intake, key", record, body, ip, [201]);
    if (mode < 0.75) {
      await Promise.all([
        this.fileIntake("public intake, key", record, body, ip, [201]),
        ...Array.from({ length: copies }, () =>
          this.fileIntake("public intake, key, concurrent copy", record, body, ip, [201]),
        ),
      ]);
      return;
    }
    await this.fileIntake("public intake, key", record, body, ip, [201]);
    for (let i = 0; i < copies; i++) {
      await this.fileIntake("public intake, key, retry after answer", record, body, ip, [201]);
    }
  }

  /**
   * An abusive client: a burst of 2–4 reports from one address, which every
   * second virtual user shares. Past 10 a minute it must get 429, and nothing stored.
   */
  private async intakeOverLimit(): Promise<void> {
    const burst = 2 + Math.floor(this.random() * 3);
    for (let i = 0; i < burst; i++) {
      const { record, body } = this.newIntake("over_limit");
      await this.fileIntake(
        "public intake, one client over limit",
        record,
        body,
        `10.250.${this.index % 2}.1`,
        [201, 429],
      );
    }
  }

  private async followReport(): Promise<void> {
    const report = this.pick(this.run.filed);
    if (!report) return this.intake();
    await this.run.recorder.send(
      "public status (code + receipt)",
      `/v1/public/tenants/${LOAD_SLUG}/reports/${report.trackingCode}`,
      { headers: { "x-receipt": report.receipt, "CF-Connecting-IP": this.newAddress() } },
      [200],
    );
  }

  private async open311Lookup(): Promise<void> {
    const codes = [
      ...new Set(Array.from({ length: 1 + Math.floor(this.random() * 3) }, () => this.pick(this.run.filed))),
    ]
      .filter((report) => report !== undefined)
      .map((report) => report.trackingCode);
    if (codes.length === 0) return this.intake();
    const answer = await this.run.recorder.send(
      "Open311 requests.json (1–3 codes)",
      `/open311/v2/requests.json?jurisdiction_id=${LOAD_SLUG}&service_request_id=${codes.join(",")}`,
      { headers: { "CF-Connecting-IP": this.newAddress() } },
      [200],
    );
    if (answer.status === 200 && (JSON.parse(answer.body) as unknown[]).length !== codes.length) {
      this.run.recorder.findings.push({
        op: "Open311 requests.json (1–3 codes)",
        method: "GET",
        path: codes.join(","),
        status: 200,
        detail: `asked for ${codes.length} codes, got ${(JSON.parse(answer.body) as unknown[]).length} requests`,
      });
    }
  }

  private staff(op: string, path: string, init: RequestInit = {}): Promise<Answer> {
    return this.run.recorder.send(
      op,
      `/v1/tenants/${LOAD_SLUG}${path}`,
      {
        ...init,
        headers: {
          authorization: `Bearer ${this.token}`,
          ...(init.body ? { "content-type": "application/json" } : {}),
        },
      },
      [200],
    );
  }

  private async staffList(): Promise<void> {
    const status = this.pick(["received", "accepted", "assigned"]);
    await this.staff("staff list reports (by status)", `/reports?status=${status}&limit=20`);
  }

  /** Received → accepted (finding the report by its text first), accepted → assigned to a demo unit. */
  private async staffTransition(): Promise<void> {
    const report = this.pick(this.own.filter((own) => own.status !== "assigned"));
    if (!report) return this.staffList();
    if (!report.id) {
      const found = await this.staff(
        "staff list reports (?q= text)",
        `/reports?q=${encodeURIComponent(`${report.nonce}]`)}&limit=5`,
      );
      if (found.status !== 200) return;
      report.id = (JSON.parse(found.body) as { items: { id: string; trackingCode: string }[] }).items.find(
        (item) => item.trackingCode === report.trackingCode,
      )?.id;
      if (!report.id) return;
    }
    const to = report.status === "received" ? "accepted" : "assigned";
    const body = to === "accepted" ? { to } : { to, unitId: this.pick(this.run.unitIds) };
    const answer = await this.staff(`staff transition → ${to}`, `/reports/${report.id}/transitions`, {
      method: "POST",
      body: JSON.stringify(body),
    });
    if (answer.status !== 200) return;
    report.status = to;
    this.run.moved.set(report.trackingCode, to);
  }

  private async consolePage(): Promise<void> {
    const inbox = this.random() < 0.5;
    await this.run.recorder.send(
      inbox ? "console inbox (/app/reports)" : "console home (/app)",
      `/t/${LOAD_SLUG}/app${inbox ? "/reports" : ""}`,
      { headers: { cookie: this.consoleCookie, "CF-Connecting-IP": `10.251.${this.index}.1` } },
      [200],
    );
  }
}
