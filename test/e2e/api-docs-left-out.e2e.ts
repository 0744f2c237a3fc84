import { describe, expect, it } from "vitest";
import { emptyDocumentationText } from "../../scripts/lib/api-docs-left-out.mjs";

// The production build empties the routes' documentation text (the deployed
// Worker serves /openapi.json and /docs as files). A plain Node test beside the
// browser suite: the transform runs in Node, at build time. go-live.e2e.ts runs
// the built Worker itself.
describe("the production build's documentation text", () => {
  const route = `
const intro = "Anonymous reports are allowed. " + "Answers the tracking code.";
const submit = publicRoute({
  operationId: "submitReport",
  summary: "Send a report",
  description: intro,
  request: {
    body: jsonBody(z.object({ description: z.string().min(10), title: z.string().openapi({ example: "Ổ gà" }) })),
  },
  responses: { 201: jsonResponse(Receipt, \`The receipt, shown \${"once"}\`), 404: problemContent("No such tenant") },
});
const page = htmlResponse("The hotline page");
export const routes = createRouter().openapi(submit, (c) => c.json({ description: "kept: the Worker's answer" }, 201));
`;
  const emptied = emptyDocumentationText(route, "routes/public/reports.ts");

  it("empties summaries, descriptions, examples and response descriptions", () => {
    for (const text of ["Send a report", "The receipt, shown", "No such tenant", "The hotline page", "Ổ gà"]) {
      expect(emptied).not.toContain(text);
    }
    expect(emptied).toContain('summary: ""');
    expect(emptied).toContain('description: ""');
    expect(emptied).toContain("example: undefined");
    expect(emptied).toContain('problemContent("")');
  });

  it("keeps the schemas and what the Worker answers", () => {
    expect(emptied).toContain("description: z.string().min(10)");
    expect(emptied).toContain(`c.json({ description: "kept: the Worker's answer" }, 201)`);
  });

  it("leaves a file without route declarations as it is", () => {
    const page = 'export const labels = { description: "Nội dung phản ánh", summary: "Tóm tắt" };\n';
    expect(emptyDocumentationText(page, "pages/hotline/labels.ts")).toBe(page);
  });
});
