import { readFileSync } from "node:fs";
import { findMeeting, type Meeting, type Programme, type ProgrammeInput, parseProgramme } from "@scrutineer/model";

/** The real Hackney CYP 2022/23 programme: the fixture for every rule. */
export function example(): Programme {
  const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
  const result = parseProgramme(source, "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

export function meetingOn(p: Programme, date: string): Meeting {
  const m = findMeeting(p, date);
  if (!m) throw new Error(`no meeting on ${date}`);
  return m;
}

/**
 * A small constructed programme (validated by the real schema, so defaults apply as in a file):
 * a commission of `councillors` councillors, optional co-optees, items and one or more meetings.
 */
export function programme(
  input: Omit<Partial<ProgrammeInput>, "commission"> & {
    councillors?: number;
    commission?: Partial<ProgrammeInput["commission"]>;
  },
): Programme {
  const { councillors = 8, commission, ...rest } = input;
  const source: ProgrammeInput = {
    members: Array.from({ length: councillors }, (_, i) => ({
      id: `cllr-${i + 1}`,
      name: `Cllr ${String.fromCharCode(65 + i)}`,
      role: i === 0 ? ("chair" as const) : i === 1 ? ("vice-chair" as const) : ("member" as const),
    })),
    ...rest,
    commission: {
      id: "test",
      name: "Test Scrutiny Commission",
      shortName: "Test",
      council: "Test Council",
      municipalYear: "2024/25",
      venue: "Council Chamber",
      contact: { name: "An Officer" },
      ...commission,
    },
  };
  const result = parseProgramme(JSON.stringify(source), "constructed.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message}`).join("\n"));
  return result.programme;
}
