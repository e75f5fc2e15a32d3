/**
 * Code-unit order for ids and dates. Not `localeCompare`: ICU collation ignores hyphens at
 * the first level and varies by locale, and the plan must not depend on the machine.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
