import { reports, tasks } from "@kycuong/db";
import { RecordReport, type reportLimits } from "@kycuong/domain/reports";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { testDb } from "./fixtures/db";
import { aReport, createHotlineTenant, fileReport, postReport, reportRowsOf } from "./fixtures/intake";
import { expectProblem } from "./fixtures/problem";
import { eventsOf, insertReport, reportApi } from "./fixtures/reports";
import { bearer, createStaffTenant } from "./fixtures/staff";
import { aTask, taskApi } from "./fixtures/tasks";
import { aRecord, arrangeViolations, call } from "./fixtures/violations";

/** What a text field must never store, each with a name for the failure message. */
const refused = {
  "a lone surrogate": "\ud800",
  NUL: "\u0000",
  "U+202E (right-to-left override)": "\u202e",
} as const;

/** The paths of a 400 `validation_failed` answer, after checking its shape. */
async function invalidPaths(res: Response): Promise<string[]> {
  const problem = await expectProblem(res, 400, "validation_failed");
  return (problem.errors ?? []).map((error) => error.path);
}

describe("text from people, on the public intake (no login)", () => {
  it("answers a lone surrogate in the raw JSON text with 400 and the field's path, not 500", async () => {
    const t = await createHotlineTenant();
    // The body as a client's bytes carry it: `\ud800` escaped in the JSON text.
    const raw = JSON.stringify(aReport).replace(/"}$/, String.raw`\ud800"}`);
    expect(raw).toContain(String.raw`\ud800`);
    expect(await invalidPaths(await postReport(t.slug, raw))).toEqual(["body.description"]);
    expect(await reportRowsOf(t.id)).toEqual([]);
  });

  for (const [name, character] of Object.entries(refused)) {
    it(`refuses ${name} in any text field with 400 and that field's path, storing nothing`, async () => {
      const t = await createHotlineTenant();
      for (const field of ["description", "reporterName", "location", "unitText", "officialText"] as const) {
        const body = { ...aReport, [field]: `${aReport.description.slice(0, 30)}${character} thêm` };
        expect(await invalidPaths(await postReport(t.slug, body)), field).toEqual([`body.${field}`]);
      }
      expect(await reportRowsOf(t.id)).toEqual([]);
    });
  }

  it("never answers 500 for a lone surrogate where no schema looks: an unknown key, or deep in an unknown value", async () => {
    const t = await createHotlineTenant();
    const inKey = await postReport(t.slug, JSON.stringify(aReport).replace(/}$/, String.raw`,"x\udc00":1}`));
    expect(await invalidPaths(inKey)).toEqual(expect.arrayContaining(["body.x\ufffd"]));
    const deep = await postReport(t.slug, { ...aReport, extra: { list: ["ok", { deeper: "\udbff" }] } });
    expect(await invalidPaths(deep)).toEqual(expect.arrayContaining(["body.extra.list.1.deeper"]));
    expect(await reportRowsOf(t.id)).toEqual([]);
  });

  it("stores a browser's CRLF line breaks as LF, and text as NFC, counting length after both", async () => {
    const t = await createHotlineTenant();
    const decomposed = "Nguye\u0302\u0303n Va\u0306n A"; // as some keyboards type "Nguyễn Văn A"
    const lines = "Dòng một của phản ánh dài.\r\nDòng hai của phản ánh.\r\n";
    await fileReport(t.slug, { ...aReport, description: lines, reporterName: decomposed });
    const [row] = await reportRowsOf(t.id);
    expect(row?.description).toBe("Dòng một của phản ánh dài.\nDòng hai của phản ánh.");
    expect(row?.reporterName).toBe("Nguyễn Văn A");
  });

  it("keeps an emoji (a surrogate pair, well-formed) as typed", async () => {
    const t = await createHotlineTenant();
    await fileReport(t.slug, { ...aReport, description: `${aReport.description} 👍` });
    const [row] = await reportRowsOf(t.id);
    expect(row?.description.endsWith("👍")).toBe(true);
  });
});

describe("text from staff", () => {
  for (const [name, character] of Object.entries(refused)) {
    it(`a task with ${name} in its title or description answers 400 with the field's path and is not created`, async () => {
      const d = await createStaffTenant();
      const office = taskApi(d, "party_office");
      const title = await office.create(aTask(d, { title: `Báo cáo ${character} kết quả` }));
      expect(await invalidPaths(title)).toEqual(["body.title"]);
      const description = await office.create(aTask(d, { description: `Báo cáo${character}` }));
      expect(await invalidPaths(description)).toEqual(["body.description"]);
      expect(await testDb().select().from(tasks).where(eq(tasks.tenantId, d.tenant.id))).toEqual([]);
    });

    it(`a staff note with ${name} answers 400 with the field's path and adds nothing`, async () => {
      const d = await createStaffTenant();
      const report = await insertReport(d);
      const before = await eventsOf(report.id);
      const res = await reportApi(d, "hotline_officer").note(report.id, {
        body: `Đã gọi lại ${character} cho người dân`,
      });
      expect(await invalidPaths(res)).toEqual(["body.body"]);
      expect(await eventsOf(report.id)).toEqual(before);
    });
  }

  it("a body-less or non-JSON post is still told what is missing (the body check reads only JSON)", async () => {
    const d = await createStaffTenant();
    const url = `/v1/tenants/${d.tenant.slug}/tasks`;
    const auth = bearer(await d.token("party_office"));
    const none = await api(url, { method: "POST", headers: auth });
    expect(await invalidPaths(none)).toEqual(expect.arrayContaining(["body.title"]));
    const text = await api(url, { method: "POST", headers: { ...auth, "content-type": "text/plain" }, body: "x" });
    await expectProblem(text, 415, "http_415");
  });

  it("a task refuses unknown fields, naming them", async () => {
    const d = await createStaffTenant();
    const res = await taskApi(d, "party_office").create(aTask(d, { priority: "high" }));
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors).toEqual([{ path: "body", message: expect.stringContaining("priority") }]);
  });

  it("a violation record refuses unknown fields like every other area, instead of dropping them", async () => {
    const d = await createStaffTenant();
    const people = await arrangeViolations(d);
    const inspector = await d.token("inspector");
    const res = await call(d, inspector, "POST", "", aRecord([people.a.id], { severity: "high" }));
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors).toEqual([{ path: "body", message: expect.stringContaining("severity") }]);
    const nested = await call(d, inspector, "POST", "", {
      ...aRecord([people.a.id]),
      witnesses: ["Trần Văn Chứng", "\u202eKiến"],
    });
    expect(await invalidPaths(nested)).toEqual(["body.witnesses.1"]);
  });

  it("a staff note's CRLF is stored as LF", async () => {
    const d = await createStaffTenant();
    const report = await insertReport(d);
    const res = await reportApi(d, "hotline_officer").note(report.id, { body: "Dòng một\r\nDòng hai" });
    expect(res.status).toBe(201);
    const notes = (await eventsOf(report.id)).filter((event) => event.kind === "staff_note");
    expect(notes.map((note) => note.body)).toEqual(["Dòng một\nDòng hai"]);
  });
});

describe("the hotline form's limits", () => {
  /** A field's limit as the intake schema itself enforces it. */
  function schemaMaxLength(field: keyof typeof reportLimits): number | null {
    const schema = RecordReport.shape[field];
    return "unwrap" in schema ? schema.unwrap().maxLength : schema.maxLength;
  }

  it("sets every text field's maxlength (and the description's minlength) to what the intake accepts", async () => {
    const t = await createHotlineTenant();
    const html = await (await api(`/t/${t.slug}/hotline`)).text();
    const tagOf = (name: string) => html.match(new RegExp(`<(?:input|textarea)\\b[^>]*\\bname="${name}"[^>]*>`))?.[0];
    const attribute = (tag: string | undefined, name: string) =>
      Number(tag?.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? Number.NaN);
    const fields = [
      "description",
      "unitText",
      "officialText",
      "location",
      "reporterName",
      "reporterPhone",
      "reporterEmail",
    ] as const;
    for (const field of fields) {
      expect(attribute(tagOf(field), "maxlength"), field).toBe(schemaMaxLength(field));
    }
    expect(attribute(tagOf("description"), "minlength")).toBe(RecordReport.shape.description.minLength);
    // And a description at that limit is accepted, one more character is not.
    const max = schemaMaxLength("description") ?? 0;
    expect((await postReport(t.slug, { ...aReport, description: "a".repeat(max) })).status).toBe(201);
    expect(await invalidPaths(await postReport(t.slug, { ...aReport, description: "a".repeat(max + 1) }))).toEqual([
      "body.description",
    ]);
    expect((await testDb().select().from(reports).where(eq(reports.tenantId, t.id))).length).toBe(1);
  });
});
