/**
 * An id from a name, as the file format's ids are written (lower-case letters, digits and
 * hyphens: `Id` in primitives.ts): "Cllr Sophie Conway" → "sophie-conway", "Children and Young
 * People Scrutiny Commission" → "children-and-young-people-scrutiny-commission". Accents are
 * dropped (é → e) and a councillor's title ("Cllr", "Councillor") is left out, as the bundled
 * example's ids are. `fallback` when nothing is left (a name of symbols only).
 */
export function idFromName(name: string, fallback = "id"): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*(cllr\.?|councillor)\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return words.slice(0, 60).replace(/-+$/, "") || fallback;
}
