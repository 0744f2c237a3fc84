import { describe, expect, it } from "vitest";
import { dayMonthYear } from "../calendar/local-date";
import type { DigestContext, DigestItem, DigestUnit, LeadershipDigest, UnitDigest } from "./alert-item";
import { escapeHtml, MAX_LISTED_ITEMS } from "./digest-markup";
import { inSentence, itemStatus } from "./digest-wording";
import { renderLeadershipDigest } from "./render-leadership-digest";
import { renderUnitDigest } from "./render-unit-digest";

const ctx: DigestContext = {
  tenantName: "Huyện Bình Sơn",
  localDate: "2026-11-27",
  baseUrl: "https://kycuong.example",
};

function item(code: string, overrides: Partial<DigestItem> = {}): DigestItem {
  return {
    kind: "report",
    id: `id-${code}`,
    code,
    title: `Nội dung ${code}`,
    unitId: "unit-tnmt",
    responsible: "Phòng Tài nguyên và Môi trường",
    dueAt: "2026-11-20T16:59:59.999Z",
    path: `/t/binh-son/app/reports/id-${code}`,
    dueDate: "2026-11-20",
    workingDaysOverdue: 5,
    overdue: true,
    ...overrides,
  };
}

function unit(unitName: string, items: DigestItem[]): DigestUnit {
  return { unitId: `unit-${unitName}`, unitName, items };
}

/** Words that would give away English inside a Vietnamese digest. */
const englishWords = /\b(the|and|of|to|not|more|listed|assigned|automated|message|overdue|items?)\b/i;

const link = (code: string) => `https://kycuong.example/t/binh-son/app/reports/id-${code}`;

/** The HTML table row that shows an item, found by its code. */
function rowOf(html: string, code: string): string {
  const row = html.split("<tr>").find((part) => part.includes(`>${code}</a>`));
  if (!row) throw new Error(`no row for ${code}`);
  return row.slice(0, row.indexOf("</tr>"));
}

/** The text part's block for an item, found by its code. */
function blockOf(text: string, code: string): string {
  const start = text.indexOf(`[${code}]`);
  if (start < 0) throw new Error(`no block for ${code}`);
  return text.slice(start, text.indexOf("Xem:", start) + "Xem: ".length + link(code).length);
}

function expectInOrder(content: string, needles: string[]): void {
  const positions = needles.map((needle) => content.indexOf(needle));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

function externalUrls(content: string, allowed: string[]): string[] {
  return (content.match(/https?:\/\/[^\s"'<>]+/g) ?? []).filter((url) => !allowed.includes(url));
}

const tnmt = unit("Phòng Tài nguyên và Môi trường", [
  item("PA-0012", { workingDaysOverdue: 9 }),
  item("NV-0003", {
    kind: "task",
    title: "Báo cáo tiến độ giải phóng mặt bằng",
    responsible: "Nguyễn Văn An (Phòng TN&MT)",
    dueDate: "2026-11-24",
    workingDaysOverdue: 3,
  }),
  item("PA-0020", { dueDate: "2026-11-30", workingDaysOverdue: 0, overdue: false }),
]);
const unitDigest: UnitDigest = { kind: "unit_digest", recipient: "truong.phong@binhson.example", units: [tnmt] };

describe("renderUnitDigest", () => {
  const email = renderUnitDigest(unitDigest, ctx);

  it("puts the tenant, both counts and the date on one subject line", () => {
    expect(email.subject).toBe("[Kỷ Cương] Huyện Bình Sơn: 2 việc quá hạn, 1 việc sắp đến hạn (27/11/2026)");
  });

  it("shows the unit, its counts in total and by kind, in both parts", () => {
    for (const part of [email.html, email.text]) {
      expect(part).toContain("Phòng Tài nguyên và Môi trường");
      expect(part).toContain("2 việc quá hạn, 1 việc sắp đến hạn");
      expect(part).toContain("Phản ánh qua đường dây nóng: 1 việc quá hạn, 1 việc sắp đến hạn");
      expect(part).toContain("Nhiệm vụ được giao: 1 việc quá hạn");
    }
  });

  it("shows every column of an item in the HTML table, with an absolute link on its code", () => {
    expect(email.html).toContain("<th");
    for (const column of ["Việc", "Phụ trách", "Tình trạng"]) {
      expect(email.html).toContain(`>${column}</th>`);
    }
    const row = rowOf(email.html, "NV-0003");
    expect(row).toContain(`href="${link("NV-0003")}"`);
    expect(row).toContain("Báo cáo tiến độ giải phóng mặt bằng");
    expect(row).toContain("Nguyễn Văn An (Phòng TN&amp;MT)");
    expect(row).toContain(">Hạn xử lý: 24/11/2026<");
    expect(row).toContain(">Quá hạn 3 ngày làm việc<");
    const dueSoonRow = rowOf(email.html, "PA-0020");
    expect(dueSoonRow).toContain(">Hạn xử lý: 30/11/2026<");
    expect(dueSoonRow).toContain(">Sắp đến hạn<");
  });

  it("says each item's state in words a reader can take in, not a number column that reads 'sắp đến hạn'", () => {
    for (const part of [email.html, email.text]) {
      expect(part).not.toContain("Số ngày làm việc quá hạn");
      expect(part).not.toMatch(/: sắp đến hạn/);
    }
    expect(itemStatus(item("X", { workingDaysOverdue: 1 }))).toBe("Quá hạn 1 ngày làm việc");
    // Overdue since this morning (a deadline in the day): no "0 ngày".
    expect(itemStatus(item("X", { workingDaysOverdue: 0 }))).toBe("Đã quá hạn");
    expect(itemStatus(item("X", { workingDaysOverdue: 0, overdue: false }))).toBe("Sắp đến hạn");
    // A disciplinary period runs out rather than falls behind.
    expect(itemStatus(item("X", { kind: "disciplinary_period", workingDaysOverdue: 4 }))).toBe(
      "Đã hết thời hạn xử lý kỷ luật",
    );
    expect(itemStatus(item("X", { kind: "disciplinary_period", overdue: false }))).toBe("Sắp hết thời hạn");
  });

  it("fits a 390 px phone: three columns that wrap, no cell that refuses to break", () => {
    expect(email.html.match(/<th /g)).toHaveLength(3);
    expect(email.html).not.toContain("white-space:nowrap");
    expect(email.html).toContain("overflow-wrap:anywhere");
  });

  it("carries the same item details and full links in the plain-text part", () => {
    const block = blockOf(email.text, "NV-0003");
    expect(block).toContain("Báo cáo tiến độ giải phóng mặt bằng");
    expect(block).toContain("Phụ trách: Nguyễn Văn An (Phòng TN&MT)");
    expect(block).toContain("Hạn xử lý: 24/11/2026");
    expect(block).toContain("Tình trạng: Quá hạn 3 ngày làm việc");
    expect(block).toContain(`Xem: ${link("NV-0003")}`);
    expect(blockOf(email.text, "PA-0020")).toContain("Tình trạng: Sắp đến hạn");
    expect(email.text).not.toContain("<");
  });

  it("keeps the items in the order the caller sorted them", () => {
    expectInOrder(email.html, ["PA-0012", "NV-0003", "PA-0020"]);
    expectInOrder(email.text, ["[PA-0012]", "[NV-0003]", "[PA-0020]"]);
  });

  it("lists at most MAX_LISTED_ITEMS rows per unit, the most overdue, and says how many it left out", () => {
    const many = Array.from({ length: MAX_LISTED_ITEMS + 7 }, (_, i) =>
      item(`PA-${String(1000 + i)}`, { workingDaysOverdue: 100 - i }),
    );
    const long = renderUnitDigest({ ...unitDigest, units: [unit("Xã Bình Trị", many)] }, ctx);
    const last = many[MAX_LISTED_ITEMS - 1]?.code ?? "";
    const first = many[MAX_LISTED_ITEMS]?.code ?? "";
    for (const part of [long.html, long.text]) {
      expect(part).toContain(last);
      expect(part).not.toContain(first);
      expect(part).toContain("… và 7 việc khác, ít quá hạn hơn, không liệt kê ở đây");
      expect(part).not.toContain("more, less overdue");
      // The counts still cover every item.
      expect(part).toContain(`${MAX_LISTED_ITEMS + 7} việc quá hạn`);
    }
    expect(long.html.length).toBeLessThan(100_000);
    expect(email.text).not.toContain("việc khác");
  });

  it("gives each unit of a head who leads two units its own section and table", () => {
    const second = unit("Phòng Quản lý đô thị", [item("PA-0031", { workingDaysOverdue: 1 })]);
    const twoUnits = renderUnitDigest({ ...unitDigest, units: [tnmt, second] }, ctx);
    expect(twoUnits.subject).toContain("3 việc quá hạn, 1 việc sắp đến hạn");
    expect(twoUnits.html.match(/<h2 /g)).toHaveLength(2);
    expect(twoUnits.html.match(/<thead>/g)).toHaveLength(2);
    expectInOrder(twoUnits.html, ["Phòng Tài nguyên và Môi trường", "PA-0020", "Phòng Quản lý đô thị", "PA-0031"]);
    expectInOrder(twoUnits.text, ["Phòng Tài nguyên và Môi trường", "[PA-0020]", "Phòng Quản lý đô thị", "[PA-0031]"]);
    expect(twoUnits.text).toContain("Phòng Quản lý đô thị\n--");
  });

  it("is a self-contained Vietnamese HTML document that loads nothing from elsewhere", () => {
    expect(email.html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(email.html).toContain('<html lang="vi">');
    expect(email.html).toContain('<meta charset="utf-8">');
    expect(email.html).not.toMatch(/<(link|script|img|style|iframe)\b/i);
    expect(email.html).not.toMatch(/\bclass=/);
    const links = ["PA-0012", "NV-0003", "PA-0020"].map(link);
    expect(externalUrls(email.html, links)).toEqual([]);
    expect(externalUrls(email.text, links)).toEqual([]);
  });

  it("says in a footer why the reader gets it, in Vietnamese only", () => {
    for (const part of [email.html, email.text]) {
      expectInOrder(part, ["Thư tự động từ hệ thống Kỷ Cương", "gửi mỗi ngày làm việc"]);
      expect(part).not.toMatch(englishWords);
    }
  });

  it("writes the district in lower case inside a sentence, with its capital where a line starts", () => {
    expect(email.subject.startsWith("[Kỷ Cương] Huyện Bình Sơn: ")).toBe(true);
    for (const part of [email.html, email.text]) {
      expect(part).toContain("hệ thống Kỷ Cương của huyện Bình Sơn");
      expect(part).not.toContain("của Huyện Bình Sơn");
    }
    expect(email.text).toContain("\nHuyện Bình Sơn: 2 việc quá hạn");
  });

  it("escapes whatever users typed, so a title or unit name cannot add markup", () => {
    const hostile = unit('Phòng "><img src=x onerror=alert(1)>', [
      item("PA-0040", { title: "<script>alert('x')</script>", responsible: "A & B <b>" }),
    ]);
    const html = renderUnitDigest({ ...unitDigest, units: [hostile] }, { ...ctx, tenantName: "Huyện <script>" }).html;
    expect(html).not.toMatch(/<(script|img|b)\b/i);
    expect(html).toContain("Phòng &quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).toContain("A &amp; B &lt;b&gt;");
    expect(html).toContain("Huyện &lt;script&gt;");
  });

  it("keeps the subject on one line even when the tenant name carries a header", () => {
    const { subject, text } = renderUnitDigest(unitDigest, {
      ...ctx,
      tenantName: "Huyện Bình Sơn\r\nBcc: x@evil.example",
    });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.startsWith("[Kỷ Cương] Huyện Bình Sơn Bcc: x@evil.example: ")).toBe(true);
    expect(text).not.toContain("\r");
    const long = renderUnitDigest(unitDigest, { ...ctx, tenantName: "Ủy ban nhân dân ".repeat(20) }).subject;
    expect(long.length).toBeLessThan(140);
    expect(long).toContain("(27/11/2026)");
  });

  it("builds absolute links even when the base URL ends with a slash", () => {
    const email = renderUnitDigest(unitDigest, { ...ctx, baseUrl: "https://kycuong.example/" });
    expect(email.html).toContain(`href="${link("PA-0012")}"`);
    expect(email.text).toContain(`Xem: ${link("PA-0012")}`);
  });
});

describe("renderLeadershipDigest", () => {
  const escalatedHeading = "Việc quá hạn trên 5 ngày làm việc, theo đơn vị";
  const withoutHeadHeading = "Đơn vị chưa có email thủ trưởng — cảnh báo của đơn vị này chưa gửi được cho ai";
  const unassignedHeading = "Chưa phân công đơn vị";
  const full: LeadershipDigest = {
    kind: "leadership_digest",
    recipient: "chu.tich@binhson.example",
    escalationWorkingDays: 5,
    escalated: [unit("Phòng Tài nguyên và Môi trường", [item("PA-0012", { workingDaysOverdue: 9 }), item("PA-0013")])],
    unitsWithoutHead: [unit("Xã Bình Trị", [item("PA-0050", { responsible: "Xã Bình Trị", workingDaysOverdue: 2 })])],
    unassigned: [
      item("PA-0060", { unitId: null, responsible: "Chưa phân công", overdue: false, workingDaysOverdue: 0 }),
    ],
    calendarNotices: [],
    disciplinaryPeriods: [],
  };

  it("shows the three sections in order, each unit with its counts and items in both parts", () => {
    const email = renderLeadershipDigest(full, ctx);
    expectInOrder(email.html, [escalatedHeading, "PA-0012", "PA-0013", withoutHeadHeading, "Xã Bình Trị", "PA-0050"]);
    expectInOrder(email.html, [withoutHeadHeading, unassignedHeading, "PA-0060"]);
    expectInOrder(email.text, [escalatedHeading, "[PA-0012]", "[PA-0013]", withoutHeadHeading, "[PA-0050]"]);
    expectInOrder(email.text, [withoutHeadHeading, unassignedHeading, "[PA-0060]"]);
    for (const part of [email.html, email.text]) {
      expect(part).toContain("Phòng Tài nguyên và Môi trường");
      expect(part).toContain("2 việc quá hạn");
      expect(part).toContain("Phản ánh qua đường dây nóng: 1 việc quá hạn");
    }
    expect(rowOf(email.html, "PA-0012")).toContain(">Quá hạn 9 ngày làm việc<");
    expect(rowOf(email.html, "PA-0060")).toContain(">Sắp đến hạn<");
    expect(blockOf(email.text, "PA-0050")).toContain("Tình trạng: Quá hạn 2 ngày làm việc");
    expect(blockOf(email.text, "PA-0060")).toContain(`Xem: ${link("PA-0060")}`);
    expect(email.subject).toBe(
      "[Kỷ Cương] Huyện Bình Sơn: tổng hợp cho lãnh đạo – 2 việc quá hạn trên 5 ngày làm việc, " +
        "1 đơn vị chưa có email thủ trưởng, 1 việc chưa phân công (27/11/2026)",
    );
    const links = ["PA-0012", "PA-0013", "PA-0050", "PA-0060"].map(link);
    expect(externalUrls(email.html, links)).toEqual([]);
    expect(email.html).not.toMatch(/<(link|script|img|style)\b/i);
    expect(email.html).toContain("gửi mỗi ngày làm việc");
  });

  it("leaves out the sections that have nothing in them", () => {
    const onlyEscalated = renderLeadershipDigest({ ...full, unitsWithoutHead: [], unassigned: [] }, ctx);
    for (const part of [onlyEscalated.html, onlyEscalated.text]) {
      expect(part).toContain(escalatedHeading);
      expect(part).not.toContain(withoutHeadHeading);
      expect(part).not.toContain(unassignedHeading);
    }
    const onlyUnassigned = renderLeadershipDigest({ ...full, escalated: [], unitsWithoutHead: [] }, ctx);
    for (const part of [onlyUnassigned.html, onlyUnassigned.text]) {
      expect(part).not.toContain("Việc quá hạn trên");
      expect(part).not.toContain(withoutHeadHeading);
      expect(part).toContain(unassignedHeading);
    }
    expect(onlyUnassigned.subject).not.toContain("trên 5 ngày");
  });

  it("puts a missing national calendar year first, saying what it means and who fixes it; a projected year softly", () => {
    const email = renderLeadershipDigest(
      {
        ...full,
        escalated: [],
        unitsWithoutHead: [],
        unassigned: [],
        calendarNotices: [
          { year: 2027, status: "projected", path: "/t/binh-son/app/settings/calendar?year=2027" },
          { year: 2028, status: "missing", path: "/t/binh-son/app/settings/calendar?year=2028" },
        ],
      },
      ctx,
    );
    const missing = "Chưa có lịch nghỉ lễ, Tết năm 2028 của Nhà nước";
    const projected = "Lịch nghỉ lễ, Tết năm 2027 mới là lịch dự kiến";
    for (const part of [email.html, email.text]) {
      expectInOrder(part, [projected, "settings/calendar?year=2027", missing, "settings/calendar?year=2028"]);
      expect(part).toContain("được tính như không có ngày lễ");
      expect(part).toContain("quản trị viên nền tảng");
      expect(part).not.toContain("Không có việc nào cần chú ý.");
    }
    expect(email.text).toContain(
      "Xem lịch làm việc năm 2028 của đơn vị: https://kycuong.example/t/binh-son/app/settings/calendar?year=2028",
    );
    expect(email.subject).toContain("chưa có lịch nghỉ lễ năm 2028");
    expect(email.subject).not.toContain("2027");
  });

  it("does not claim in its footer that holidays are left out when a year has no holiday calendar", () => {
    const fine = renderLeadershipDigest(full, ctx);
    const missing = renderLeadershipDigest(
      {
        ...full,
        calendarNotices: [
          { year: 2027, status: "projected", path: "/t/binh-son/app/settings/calendar?year=2027" },
          { year: 2028, status: "missing", path: "/t/binh-son/app/settings/calendar?year=2028" },
        ],
      },
      ctx,
    );
    const footerOf = (text: string) => text.slice(text.lastIndexOf("\n—\n"));
    expect(footerOf(fine.text)).toContain("không kể ngày nghỉ và ngày lễ, Tết.");
    const footer = footerOf(missing.text);
    expect(footer).not.toContain("không kể ngày nghỉ và ngày lễ, Tết.");
    expect(footer).toContain("năm 2028 chưa có lịch nghỉ lễ, Tết nên chưa trừ ngày lễ");
    expect(footer).toContain("năm 2027 theo lịch nghỉ lễ dự kiến");
    expect(missing.html).toContain("năm 2028 chưa có lịch nghỉ lễ, Tết nên chưa trừ ngày lễ");
  });

  it("is Vietnamese only, and writes the district in lower case inside its sentences", () => {
    const email = renderLeadershipDigest(full, ctx);
    for (const part of [email.html, email.text]) {
      expect(part).not.toMatch(englishWords);
      expect(part).toContain("hệ thống Kỷ Cương của huyện Bình Sơn");
    }
    expect(email.subject.startsWith("[Kỷ Cương] Huyện Bình Sơn: ")).toBe(true);
  });

  it("escapes unit names and titles and keeps the subject on one line", () => {
    const email = renderLeadershipDigest(
      { ...full, unitsWithoutHead: [unit("<script>x</script>", [item("PA-0070", { title: '"><img src=x>' })])] },
      { ...ctx, tenantName: "Huyện\nBình Sơn" },
    );
    expect(email.html).not.toMatch(/<(script|img)\b/i);
    expect(email.html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(email.html).toContain("&quot;&gt;&lt;img src=x&gt;");
    expect(email.subject).not.toMatch(/[\r\n]/);
  });
});

describe("digest markup", () => {
  it("escapes the five characters HTML gives meaning to", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("writes dates the Vietnamese way and refuses what is not a date", () => {
    expect(dayMonthYear("2026-11-27")).toBe("27/11/2026");
    expect(() => dayMonthYear("27/11/2026")).toThrow(RangeError);
  });

  it("lower-cases the level of a local government inside a sentence, and nothing else", () => {
    expect(inSentence("Huyện Bình Sơn")).toBe("huyện Bình Sơn");
    expect(inSentence("Xã Bình Thanh Đông")).toBe("xã Bình Thanh Đông");
    expect(inSentence("Thành phố Quảng Ngãi")).toBe("thành phố Quảng Ngãi");
    expect(inSentence("Thị trấn Châu Ổ")).toBe("thị trấn Châu Ổ");
    // Decomposed input (as some keyboards send it) too.
    expect(inSentence("Huyện Bình Sơn".normalize("NFD"))).toBe("huyện Bình Sơn");
    // Names of bodies and places keep their capitals.
    expect(inSentence("UBND huyện Bình Sơn")).toBe("UBND huyện Bình Sơn");
    expect(inSentence("Phòng Nội vụ")).toBe("Phòng Nội vụ");
    expect(inSentence("Huyện ủy Bình Sơn")).toBe("Huyện ủy Bình Sơn");
    expect(inSentence("Xãhội")).toBe("Xãhội");
  });
});
