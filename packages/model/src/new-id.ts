import { idFromName } from "./id-from-name.js";

/**
 * A new record's id, made from its title or name as the example programme's ids are: lower-case
 * words joined by hyphens ("School Admissions" → `school-admissions`; accents dropped, "&" and
 * other signs left out: `idFromName`), at most 48 characters cut at a word, and unique among
 * `taken` by a number after it (`school-admissions-2`). A leading "Cllr" or "Councillor" is left
 * out ("Cllr Sophie Conway" → `sophie-conway`), as in the example's lists; for a person, a leading
 * Dr, Mr, Mrs, Ms, Miss or Prof too. Ids never change afterwards:
 * calendar UIDs and saved plans rely on them (`Id` in primitives.ts).
 * @param text - the title or name.
 * @param taken - ids already in use.
 * @param options.person - also drop a leading Dr, Mr, Mrs, Ms, Miss or Prof.
 * @param options.fallback - the id's stem when the text has no letter or digit ("item").
 * @example newId("School Admissions", new Set(["school-admissions"])); // "school-admissions-2"
 */
export function newId(
  text: string,
  taken: ReadonlySet<string>,
  options: { person?: boolean; fallback?: string } = {},
): string {
  // The words as every id is made from a name (idFromName drops a leading Cllr or Councillor).
  const name = options.person ? text.replace(/^\s*(dr|mr|mrs|ms|miss|prof)\.?\s+/i, "") : text;
  let stem = idFromName(name, "");
  if (stem.length > 48) stem = stem.slice(0, 48).replace(/-[^-]*$/, "") || stem.slice(0, 48);
  if (!stem) stem = options.fallback ?? "item";
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
