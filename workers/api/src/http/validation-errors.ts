import { z } from "@hono/zod-openapi";

type Issue = z.core.$ZodRawIssue;

/** Where the request carried the value, as a client would name it. */
const locations: Record<string, string> = {
  json: "body",
  form: "body",
  query: "query",
  param: "path",
  header: "header",
  cookie: "cookie",
};

/**
 * Turns validator issues into `{ path, message }` pairs. Messages are ours:
 * a schema's own message where it gave one, else `describeIssue` below,
 * installed as zod's global error map so the validator's wording (which
 * changes between versions and names internals) never reaches a client.
 */
export interface FieldError {
  path: string;
  message: string;
}

export function toFieldErrors(
  target: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldError[] {
  const location = locations[target] ?? target;
  return issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}

z.config({ customError: (issue) => describeIssue(issue) });

/** People-readable wording for an issue, Vietnamese · English. */

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "Bắt buộc · Required"
        : `Phải là kiểu ${issue.expected} · Must be of type ${issue.expected}`;
    case "too_small":
      return issue.origin === "string"
        ? `Tối thiểu ${issue.minimum} ký tự · At least ${issue.minimum} characters`
        : issue.origin === "array" || issue.origin === "set"
          ? `Tối thiểu ${issue.minimum} phần tử · At least ${issue.minimum} items`
          : `Phải ≥ ${issue.minimum} · Must be at least ${issue.minimum}`;
    case "too_big":
      return issue.origin === "string"
        ? `Tối đa ${issue.maximum} ký tự · At most ${issue.maximum} characters`
        : issue.origin === "array" || issue.origin === "set"
          ? `Tối đa ${issue.maximum} phần tử · At most ${issue.maximum} items`
          : `Phải ≤ ${issue.maximum} · Must be at most ${issue.maximum}`;
    case "invalid_format":
      return `Sai định dạng (${issue.format}) · Invalid format (${issue.format})`;
    case "invalid_value":
      return `Phải là một trong: ${issue.values.map(String).join(", ")} · Must be one of: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `Trường không được phép: ${issue.keys.join(", ")} · Unknown fields: ${issue.keys.join(", ")}`;
    case "not_multiple_of":
      return `Phải là bội số của ${issue.divisor} · Must be a multiple of ${issue.divisor}`;
    default:
      return "Giá trị không hợp lệ · Invalid value";
  }
}
