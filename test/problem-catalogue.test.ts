import { exports } from "cloudflare:workers";
import {
  isProblemCode,
  type ProblemCode,
  problemAnchor,
  problemCatalogue,
  problemMeanings,
  problemStatuses,
} from "@kycuong/domain/errors";
import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import type { ProblemBody } from "./fixtures/problem";

const catalogued = Object.keys(problemCatalogue) as ProblemCode[];

/** The Worker's and the domain's own source, as text (the catalogue and its meanings left out). */
const sources = Object.entries(
  import.meta.glob(
    [
      "../packages/domain/src/**/*.{ts,tsx}",
      "../workers/api/src/**/*.{ts,tsx}",
      "!../packages/domain/src/errors/problem-catalogue.ts",
      "!../packages/domain/src/errors/problem-meanings.ts",
      "!**/*.test.ts",
    ],
    { query: "?raw", import: "default", eager: true },
  ),
);

/** Codes written as literals where a problem is made: a DomainError, a TokenError, a problem answer. */
const thrownCodePatterns = [
  /new DomainError\(\s*"([^"]+)"/g,
  /TokenError\(\s*"([^"]+)"/g,
  /\brejected\(\s*"([^"]+)"/g,
  /problem(?:Response|Body)\(c,\s*\{[^}]*?\bcode:\s*"([^"]+)"/g,
];

/** Hono's escaping of text in an HTML page. */
function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

describe("the problem catalogue", () => {
  it("has every code the source makes a problem with, and none nobody makes", () => {
    expect(sources.length).toBeGreaterThan(100);
    const thrown = new Map<string, string>();
    for (const [file, text] of sources) {
      for (const pattern of thrownCodePatterns) {
        for (const match of text.matchAll(pattern)) thrown.set(match[1] ?? "", file);
      }
    }
    // The scan itself must see codes of each kind of thrower.
    expect([...thrown.keys()]).toEqual(
      expect.arrayContaining(["task_not_found", "token_expired", "unknown_user", "not_found", "invalid_reference"]),
    );
    const uncatalogued = [...thrown]
      .filter(([code]) => !isProblemCode(code))
      .map(([code, file]) => `${code} (${file})`);
    expect(uncatalogued).toEqual([]);

    // A catalogue entry no code path can produce is a false promise on /docs.
    // `http_<status>` codes are built from a Hono HTTPException's status.
    const everything = sources.map(([, text]) => text).join("\n");
    const unused = catalogued.filter((code) => !code.startsWith("http_") && !everything.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });

  it("has an entry with an anchor on /docs for every code, Vietnamese first, then English", async () => {
    const res = await api("/docs");
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const code of catalogued) {
      const entry = problemMeanings[code];
      const at = html.indexOf(`id="${problemAnchor(code)}"`);
      expect(at, `an anchor for ${code}`).toBeGreaterThan(0);
      const vi = html.indexOf(escapeHtml(entry.vi), at);
      const en = html.indexOf(escapeHtml(entry.en), at);
      expect(vi, `the Vietnamese text of ${code}`).toBeGreaterThan(at);
      expect(en, `the English text of ${code} after the Vietnamese`).toBeGreaterThan(vi);
    }
  });

  it("explains the second status of exactly the codes that have one", () => {
    const withSecondStatus = catalogued.filter((code) => problemStatuses(code).length > 1);
    const explained = catalogued.filter((code) => "also" in problemMeanings[code]);
    expect(withSecondStatus).toEqual(["tenant_suspended"]);
    expect(explained).toEqual(withSecondStatus);
  });

  it("gives statuses the way the catalogue says", () => {
    expect(problemCatalogue.invalid_reference.status).toBe(400);
    expect(problemCatalogue.notification_being_sent.status).toBe(409);
    expect(problemCatalogue.attachment_not_found.status).toBe(404);
    expect(problemCatalogue.import_invalid.status).toBe(422);
    expect(problemCatalogue.tenant_suspended).toMatchObject({ status: 403, also: { status: 401 } });
  });
});

describe("a problem's type", () => {
  const host = "https://hotline.huyen-mau.example:8443";

  it("is an absolute link to the code's entry on /docs of the host the request came to", async () => {
    const notFound = await exports.default.fetch(new Request(`${host}/no/such/thing`));
    expect(notFound.status).toBe(404);
    expect((await notFound.json<ProblemBody>()).type).toBe(`${host}/docs#problem-not_found`);

    // A domain error too, not only the HTTP layer's own.
    const tenant = await exports.default.fetch(new Request(`${host}/v1/public/tenants/no-such-tenant-anywhere`));
    const problem = await tenant.json<ProblemBody>();
    expect(problem).toMatchObject({ status: 404, code: "tenant_not_found" });
    expect(problem.type).toBe(`${host}/docs#problem-tenant_not_found`);

    // The link leads somewhere: that page has that anchor.
    const link = new URL(problem.type);
    const docs = await exports.default.fetch(new Request(link));
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain(`id="${link.hash.slice(1)}"`);
  });
});
