import { describe, expect, it } from "vitest";
import { aReport, createHotlineTenant, postReport } from "./fixtures/intake";
import { expectProblem } from "./fixtures/problem";

/** The JSON text of `aReport` with its description ending in a raw lone surrogate escape. */
const withLoneSurrogate = JSON.stringify(aReport).replace(/"}$/, String.raw`\ud800"}`);

describe("text from people, on the public intake", () => {
  it("answers a lone surrogate in the description with 400 and the field's path, not 500", async () => {
    const t = await createHotlineTenant();
    const res = await postReport(t.slug, withLoneSurrogate);
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["body.description"]);
  });
});
