/**
 * The municipal year after this one, for the backlog's heading: the 2022/23 work programme
 * ends with "Possible items noted for 2023/24" (seed 001, line ~5840).
 */
export function nextMunicipalYear(municipalYear: string): string {
  const match = /^(\d{4})\/\d{2}$/.exec(municipalYear);
  if (!match) throw new RangeError(`expected a municipal year written 2022/23, got "${municipalYear}"`);
  const first = Number(match[1]) + 1;
  return `${first}/${String((first + 1) % 100).padStart(2, "0")}`;
}

/** "Possible items noted for 2023/24". */
export function backlogHeading(municipalYear: string): string {
  return `Possible items noted for ${nextMunicipalYear(municipalYear)}`;
}
