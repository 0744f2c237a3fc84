import { describe, expect, it } from "vitest";
import { textMessages } from "./text";
import { illFormedStrings } from "./well-formed-json";

describe("illFormedStrings", () => {
  it("finds nothing in well-formed JSON, pairs included", () => {
    expect(illFormedStrings(JSON.parse('{"a":["x","\\ud83d\\udc4d"],"b":{"c":1,"d":null}}'))).toEqual([]);
  });

  it("names the path of each lone surrogate, in values and keys, however deep", () => {
    const body = JSON.parse('{"a":{"b":["ok","\\ud800"]},"\\udc00x":1,"c":"\\udfff"}');
    expect(illFormedStrings(body)).toEqual([
      { path: ["a", "b", "1"], message: textMessages.loneSurrogate },
      { path: ["\ufffdx"], message: textMessages.loneSurrogate },
      { path: ["c"], message: textMessages.loneSurrogate },
    ]);
    expect(illFormedStrings("\ud800")).toEqual([{ path: [], message: textMessages.loneSurrogate }]);
  });

  it("walks nesting deeper than the call stack allows", () => {
    const depth = 100_000;
    const body = JSON.parse(`${"[".repeat(depth)}"\\ud800"${"]".repeat(depth)}`);
    const [found] = illFormedStrings(body);
    expect(found?.path).toHaveLength(depth);
  });

  it("stops after the limit it is given", () => {
    expect(illFormedStrings(Array(50).fill("\ud800"), 5)).toHaveLength(5);
  });
});
