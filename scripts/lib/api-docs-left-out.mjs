// The deployed Worker serves /openapi.json and /docs as files written at build
// time (scripts/write-api-docs.mjs, Workers Static Assets), so the text that
// only those two read is left out of its bundle: about 20 KiB gzip of the
// 250 KiB goal (docs/performance.md). Two esbuild plugins do it, for the
// production build only (scripts/lib/production-bundle.mjs); `npm run dev`
// and the tests run the routes exactly as written and generate both at run time.
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import ts from "typescript";

/** The functions a route is declared with (workers/api/src/http/*-route.ts). */
const ROUTE_DECLARATIONS = new Set(["publicRoute", "staffRoute", "documentedRoute", "consoleRoute", "createRoute"]);
/** Keys whose text is documentation only, inside a route declaration or `.openapi()` metadata. */
const TEXT_KEYS = new Set(["summary", "description"]);
const EXAMPLE_KEYS = new Set(["example", "examples"]);
/**
 * Helpers that make a documented response, by the position of their
 * `description` argument (http/common-schemas.ts, http/problem.ts,
 * routes/open311/open311-router.ts): emptied wherever they are called.
 */
const RESPONSE_HELPERS = new Map([
  ["jsonResponse", 1],
  ["htmlResponse", 0],
  ["problemContent", 0],
  ["open311ErrorContent", 0],
]);

/** A string written in the source: a literal, a template, or such pieces joined with `+`. */
function isText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
    return true;
  if (ts.isParenthesizedExpression(node)) return isText(node.expression);
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    (isText(node.left) || isText(node.right))
  );
}

/**
 * The source with the documentation text of its route declarations emptied:
 * `summary` and `description` written as text become `""` and `example(s)`
 * `undefined`, inside the arguments of a route declaration and of `.openapi()`
 * metadata (so a schema field named `description`, `z.string()`, or text the
 * Worker shows people is never touched); the description a response helper
 * takes becomes `""` wherever it is called. A constant holding a description
 * counts as text when it is declared at the top of the same file.
 */
export function emptyDocumentationText(source, fileName) {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const textConstants = new Set();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer && isText(declaration.initializer)) {
        textConstants.add(declaration.name.text);
      }
    }
  }
  const isDocumentationText = (node) => isText(node) || (ts.isIdentifier(node) && textConstants.has(node.text));

  const edits = [];
  const replace = (node, text) => {
    edits.push({ start: node.getStart(file), end: node.end, text });
  };
  const emptyResponseHelperDescription = (call) => {
    const position = ts.isIdentifier(call.expression) ? RESPONSE_HELPERS.get(call.expression.text) : undefined;
    const description = position === undefined ? undefined : call.arguments[position];
    if (description && isDocumentationText(description)) replace(description, '""');
  };
  // Visitors return nothing: `ts.forEachChild` stops at a callback's first truthy result.
  const inDeclaration = (node) => {
    if (ts.isCallExpression(node)) emptyResponseHelperDescription(node);
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const key = node.name.text;
      if (TEXT_KEYS.has(key) && isDocumentationText(node.initializer)) {
        replace(node.initializer, '""');
        return;
      }
      if (EXAMPLE_KEYS.has(key)) {
        replace(node.initializer, "undefined");
        return;
      }
    }
    ts.forEachChild(node, inDeclaration);
  };
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      emptyResponseHelperDescription(node);
      const callee = node.expression;
      if (ts.isIdentifier(callee) && ROUTE_DECLARATIONS.has(callee.text)) {
        for (const argument of node.arguments) inDeclaration(argument);
        return;
      }
      // `schema.openapi({ description, example })`, `.openapi("Name", {…})`: metadata
      // objects only (a router's `.openapi(route, handler)` passes no object literal).
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === "openapi") {
        for (const argument of node.arguments) if (ts.isObjectLiteralExpression(argument)) inDeclaration(argument);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  // An edit inside another (already emptied) text is dropped; the rest are
  // applied from the end of the file, so each one's offsets still hold.
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost = edits.filter((edit, i) => !edits.slice(0, i).some((outer) => edit.end <= outer.end));
  let result = source;
  for (const edit of outermost.reverse()) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** Our TypeScript (the Worker and the packages it imports) with its documentation text emptied. */
function emptyDocumentationTextPlugin() {
  return {
    name: "kycuong-empty-documentation-text",
    setup(build) {
      build.onLoad({ filter: /\/(workers\/api|packages\/[a-z-]+)\/src\/.*\.tsx?$/ }, async ({ path }) => ({
        contents: emptyDocumentationText(await readFile(path, "utf8"), path),
        loader: path.endsWith(".tsx") ? "tsx" : "ts",
      }));
    },
  };
}

/**
 * `@hono/zod-openapi` imports zod-to-openapi's document generators for its
 * `getOpenAPIDocument` methods, so they ship even when nothing calls them.
 * This hands it the registry and metadata it uses at run time, and generators
 * that say where the document is (esbuild then drops the real ones).
 */
function withoutDocumentGeneratorPlugin() {
  const namespace = "kycuong-without-document-generator";
  return {
    name: namespace,
    setup(build) {
      build.onResolve({ filter: /^@asteasolutions\/zod-to-openapi$/ }, ({ importer, namespace: from }) =>
        from === namespace || !/[\\/]@hono[\\/]zod-openapi[\\/]/.test(importer)
          ? undefined
          : { path: "zod-to-openapi", namespace, pluginData: dirname(importer) },
      );
      build.onLoad({ filter: /.*/, namespace }, ({ pluginData }) => ({
        resolveDir: pluginData,
        loader: "js",
        contents: `export { OpenAPIRegistry, extendZodWithOpenApi, getOpenApiMetadata } from "@asteasolutions/zod-to-openapi";
const generatedAtBuildTime = class {
  constructor() {
    throw new Error("This build serves /openapi.json and /docs as files written at build time (scripts/write-api-docs.mjs); it cannot generate them.");
  }
};
export { generatedAtBuildTime as OpenApiGeneratorV3, generatedAtBuildTime as OpenApiGeneratorV31 };
`,
      }));
    },
  };
}

/** The plugins of the production build. */
export function apiDocsLeftOut() {
  return [emptyDocumentationTextPlugin(), withoutDocumentGeneratorPlugin()];
}
