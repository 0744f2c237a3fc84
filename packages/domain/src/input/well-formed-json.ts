import { isWellFormed, textMessages } from "./text";

export interface IllFormedString {
  /** Where it is, as keys and indexes from the root; an ill-formed key is named by its well-formed spelling. */
  path: string[];
  message: string;
}

/** A value still to look at, and how it was reached (a link to its parent, so no path is copied per level). */
interface Pending {
  value: unknown;
  key: string | null;
  parent: Pending | null;
  /** The key itself holds a lone surrogate: reported as such, its value not looked at. */
  illFormedKey?: true;
}

/**
 * Every string (value or key) in a parsed JSON value that holds a lone
 * surrogate, wherever it is: under a key no schema declares, deep in a
 * value a schema takes as it is. Walks without recursion, so no nesting
 * depth a body can reach overflows the stack, and in time linear in the body.
 */
export function illFormedStrings(root: unknown, limit = 20): IllFormedString[] {
  const found: IllFormedString[] = [];
  const pending: Pending[] = [{ value: root, key: null, parent: null }];
  while (pending.length > 0 && found.length < limit) {
    const item = pending.pop() as Pending;
    const { value } = item;
    if (item.illFormedKey) {
      found.push({ path: pathOf(item), message: textMessages.loneSurrogate });
    } else if (typeof value === "string") {
      if (!isWellFormed(value)) found.push({ path: pathOf(item), message: textMessages.loneSurrogate });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        pending.push({ value: value[index], key: String(index), parent: item });
      }
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index] as [string, unknown];
        pending.push(
          isWellFormed(key)
            ? { value: child, key, parent: item }
            : { value: child, key: key.replace(/[\uD800-\uDFFF]/gu, "\uFFFD"), parent: item, illFormedKey: true },
        );
      }
    }
  }
  return found;
}

function pathOf(item: Pending): string[] {
  const path: string[] = [];
  for (let at: Pending | null = item; at?.key != null; at = at.parent) path.push(at.key);
  return path.reverse();
}
