import { DomainError } from "../errors";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: the last id of the page, base64url-encoded. */
export function encodeCursor(lastId: string): string {
  return btoa(lastId).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const id = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    if (/^[0-9a-f-]{36}$/.test(id)) return id;
  } catch {
    // fall through
  }
  throw new DomainError("invalid_cursor", "Con trỏ phân trang không hợp lệ · The page cursor is invalid", [
    { path: "query.cursor", message: "Không hợp lệ · Invalid" },
  ]);
}

/** Fetch `limit + 1` rows ordered by id; this turns them into a page. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
