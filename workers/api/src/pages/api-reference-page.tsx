import {
  type ProblemCode,
  type ProblemMeaning,
  problemAnchor,
  problemCatalogue,
  problemMeanings,
  problemStatuses,
} from "@kycuong/domain/errors";
import type { FC } from "hono/jsx";
import { StyleSheet } from "./style-sheet";

/** The slice of an OpenAPI 3.1 document this page renders. */
export interface ApiReferenceDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation | undefined> | undefined>;
}

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string }>;
}

const methods = ["get", "post", "put", "patch", "delete"] as const;

/** The problem catalogue, in its own order: each code with its status, Vietnamese then English. */
const problemCodes = Object.keys(problemCatalogue) as ProblemCode[];

/**
 * A server-rendered API reference, built from /openapi.json. It needs no
 * script and no CDN, so it works offline, under a strict CSP and in the
 * districts' old browsers; machines read /openapi.json itself.
 */
export const ApiReferencePage: FC<{ doc: ApiReferenceDocument }> = ({ doc }) => {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item?.[method];
      return operation ? [{ path, method, operation }] : [];
    }),
  );
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${doc.info.title} — Tài liệu API · API reference`}</title>
        <StyleSheet css={styles} />
      </head>
      <body>
        <header>
          <h1>{doc.info.title}</h1>
          <p>
            Phiên bản · Version {doc.info.version} · <a href="/openapi.json">openapi.json</a>
          </p>
          {doc.info.description ? <p>{doc.info.description}</p> : null}
        </header>
        <main>
          <h2>Điểm cuối · Endpoints</h2>
          {operations.map(({ path, method, operation }) => (
            <section class="operation" id={`${method}-${path}`}>
              <h3>
                <span class={`method ${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
              </h3>
              {operation.summary ? <p class="summary">{operation.summary}</p> : null}
              {operation.description ? <p>{operation.description}</p> : null}
              {operation.parameters?.length ? (
                <table>
                  <thead>
                    <tr>
                      <th>Tham số · Parameter</th>
                      <th>Ở đâu · In</th>
                      <th>Bắt buộc · Required</th>
                    </tr>
                  </thead>
                  <tbody>
                    {operation.parameters.map((parameter) => (
                      <tr>
                        <td>
                          <code>{parameter.name}</code>
                        </td>
                        <td>{parameter.in}</td>
                        <td>{parameter.required ? "có · yes" : "không · no"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {operation.requestBody?.content ? (
                <p>
                  Nội dung · Body: <code>{Object.keys(operation.requestBody.content).join(", ")}</code>
                </p>
              ) : null}
              <ul class="responses">
                {Object.entries(operation.responses ?? {}).map(([status, response]) => (
                  <li>
                    <strong>{status}</strong> {response.description ?? ""}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <h2 id="problems">Mã lỗi · Problem codes</h2>
          <p>
            Mọi phản hồi lỗi là <code>application/problem+json</code> với <code>type</code>, <code>title</code>,{" "}
            <code>status</code>, <code>detail</code>, <code>code</code>, <code>requestId</code> (và <code>errors</code>{" "}
            khi dữ liệu không hợp lệ), bằng tiếng Việt, hoặc tiếng Anh khi <code>Accept-Language</code> yêu cầu. · Every
            error answer has that shape, in English when <code>Accept-Language</code> asks for it.
          </p>
          <dl class="problems">
            {problemCodes.map((code) => {
              const [status, alsoStatus] = problemStatuses(code);
              const meaning: ProblemMeaning = problemMeanings[code];
              return (
                <>
                  <dt id={problemAnchor(code)}>
                    <a href={`#${problemAnchor(code)}`}>
                      <code>{code}</code>
                    </a>{" "}
                    <span class="status">{status}</span>
                  </dt>
                  <dd>
                    <p lang="vi">{meaning.vi}</p>
                    <p lang="en">{meaning.en}</p>
                    {meaning.also ? (
                      <>
                        <p lang="vi">
                          <span class="status">{alsoStatus}</span> {meaning.also.vi}
                        </p>
                        <p lang="en">
                          <span class="status">{alsoStatus}</span> {meaning.also.en}
                        </p>
                      </>
                    ) : null}
                  </dd>
                </>
              );
            })}
          </dl>
        </main>
      </body>
    </html>
  );
};

const styles = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#fafafa}
header{background:#8b1e1e;color:#fff;padding:1.5rem 2rem}header a{color:#ffe9a8}
main{max-width:60rem;margin:0 auto;padding:1rem 2rem 4rem}
.operation{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.method{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;color:#fff;font-size:.85rem;padding:.1rem .4rem}
.get{background:#1f6feb}.post{background:#1a7f37}.put,.patch{background:#9a6700}.delete{background:#cf222e}
.summary{font-weight:600}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
dt{margin-top:.75rem}dd p{margin:.2rem 0}dd p[lang=en]{color:#57606a}
.status{display:inline-block;border-radius:4px;background:#eaeef2;font-size:.85rem;padding:0 .4rem}code{background:#f0f0f0;padding:0 .2rem;border-radius:3px}
`;
