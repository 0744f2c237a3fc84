import { describe, expect, it } from "vitest";
import { demoTraces } from "../scripts/lib/demo-free-bundle.mjs";

// `npm run build` runs this check on dist/index.js; here it meets bundles as esbuild writes them.
describe("the production bundle's demo check", () => {
  it("finds a demo name written with esbuild's escapes", () => {
    const bundle = 'var place = "H\\u1ED9i tr\\u01B0\\u1EDDng UBND x\\xE3 B\\xECnh Thanh \\u0110\\xF4ng";';
    expect(demoTraces(bundle, null)).toEqual(['demo name "Bình Thanh Đông"']);
  });

  it("finds a demo login and a module of packages/demo in the source map", () => {
    const bundle = 'const email = "admin@binh-son.example";';
    const traces = demoTraces(bundle, {
      sources: ["../packages/domain/src/ids.ts", "../packages/demo/src/demo-tasks.ts"],
    });
    expect(traces).toEqual(["module ../packages/demo/src/demo-tasks.ts", 'demo name "binh-son.example"']);
  });

  it("finds the dev mailbox's modules, which only a KYCUONG_DEV_TOOLS build contains", () => {
    const sources = ["../workers/api/src/app.ts", "../workers/api/src/routes/dev/outbox.tsx"];
    expect(demoTraces("", { sources })).toEqual(["module ../workers/api/src/routes/dev/outbox.tsx"]);
  });

  it("passes a bundle with only the product's own text", () => {
    const bundle =
      'const example = "binh-son"; const subject = "[K\\u1EF7 C\\u01B0\\u01A1ng] Huy\\u1EC7n B\\xECnh S\\u01A1n";';
    expect(demoTraces(bundle, { sources: ["../packages/domain/src/index.ts", "../workers/api/src/app.ts"] })).toEqual(
      [],
    );
  });
});
