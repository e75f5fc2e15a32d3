/**
 * A value still to be set: what `scrutineer init` writes where the officer gave no answer (the
 * venue, the contact, the chair), so that the file is valid at once and the gap is plain to see
 * in the file ("TO BE SET: the venue") and to `scrutineer check` (the `placeholder` finding of
 * @scrutineer/checks). Defined once here: the writer and the check read the same mark.
 */

/** The mark a placeholder starts with: capitals, so it stands out in the file and on a page. */
export const PLACEHOLDER_MARK = "TO BE SET";

/** The placeholder for a value: `placeholder("the venue")` → "TO BE SET: the venue". */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_MARK}: ${what}`;
}

/** Whether a value is a placeholder (text starting with `PLACEHOLDER_MARK`). */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === "string" && value.startsWith(PLACEHOLDER_MARK);
}

/** A placeholder found in a programme: the field's path (`["commission", "venue"]`) and its text. */
export interface FoundPlaceholder {
  path: (string | number)[];
  value: string;
}

/**
 * Every placeholder in a value (a parsed programme), in document order, with its path. Walks with
 * its own stack, so the depth of the value does not matter.
 */
export function findPlaceholders(value: unknown): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: at, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (isPlaceholder(at)) found.push({ path, value: at });
    else if (Array.isArray(at))
      for (let i = at.length - 1; i >= 0; i--) stack.push({ value: at[i], path: [...path, i] });
    else if (at !== null && typeof at === "object") {
      const entries = Object.entries(at);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return found;
}
