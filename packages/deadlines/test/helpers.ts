import { readFileSync } from "node:fs";
import { type Programme, type ProgrammeInput, parseProgramme } from "@scrutineer/model";

/** The real Hackney CYP 2022/23 programme: the fixture for every rule. */
export function example(): Programme {
  const text = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
  const result = parseProgramme(text);
  if (!result.ok) throw new Error(`example does not parse: ${JSON.stringify(result.errors)}`);
  return result.programme;
}

/** A small programme built in a test, validated like a file. */
export function programmeOf(
  input: Omit<ProgrammeInput, "commission"> & { commission?: Partial<ProgrammeInput["commission"]> },
): Programme {
  const text = JSON.stringify({
    ...input,
    commission: {
      id: "cyp",
      name: "Children and Young People Scrutiny Commission",
      shortName: "CYP",
      council: "London Borough of Hackney",
      municipalYear: "2022/23",
      venue: "Council Chamber",
      contact: { name: "Martin Bradford" },
      ...input.commission,
    },
  });
  const result = parseProgramme(text);
  if (!result.ok) throw new Error(`test programme does not parse: ${JSON.stringify(result.errors)}`);
  return result.programme;
}

/** Zones either side of Greenwich, including ones a whole day apart. */
export const ZONES = ["UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"] as const;

/**
 * Run `fn` with the process in each time zone (Node applies a changed `TZ` at once), so a
 * result that leans on the machine's zone shows up as a difference between runs.
 */
export function inEachZone<T>(fn: (zone: string) => T): Map<string, T> {
  const saved = process.env.TZ;
  const results = new Map<string, T>();
  try {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      results.set(zone, fn(zone));
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
  return results;
}
