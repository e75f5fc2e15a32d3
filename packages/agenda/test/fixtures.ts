import { readFileSync } from "node:fs";
import { indexProgramme, type Meeting, type Programme, type ProgrammeInput, parseProgramme } from "@scrutineer/model";
import { timeAgenda } from "../src/agenda-timing.js";
import type { AgendaTiming, TimingOptions } from "../src/timing-facts.js";

/** The real Hackney CYP 2022/23 programme: the fixture for every rule. */
export function example(): Programme {
  const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
  const result = parseProgramme(source, "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

/** A bundled example by its folder under examples/, parsed as a file is. */
function bundled(folder: string): Programme {
  const source = readFileSync(new URL(`../../../examples/${folder}/programme.yaml`, import.meta.url), "utf8");
  const result = parseProgramme(source, "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

/** The real North Yorkshire Scrutiny of Health Committee 2022/23 programme: a county committee at 10.00, with substitutes. */
export function northYorkshire(): Programme {
  return bundled("north-yorkshire-health-2022-23");
}

/** The real Neath Port Talbot Education, Skills and Wellbeing Scrutiny Committee 2022/23: a Welsh hybrid committee. */
export function neathPortTalbot(): Programme {
  return bundled("neath-port-talbot-education-2022-23");
}

export function meetingOn(p: Programme, date: string): Meeting {
  const m = indexProgramme(p).findMeeting(date);
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
      // Hackney's close (standing orders), stated as the example states it; a test may leave it out.
      plannedEnd: "22:00",
      ...commission,
    },
  };
  const result = parseProgramme(JSON.stringify(source), "constructed.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message}`).join("\n"));
  return result.programme;
}

/** `timeAgenda` on a programme, indexing it first. */
export function timed(p: Programme, meeting: Meeting, options: TimingOptions = {}): AgendaTiming {
  return timeAgenda(indexProgramme(p), meeting, options);
}

/** Items "item-1", "item-2", … titled "Item 1", …, with the minutes given (undefined: none allotted). */
export function numberedItems(...minutes: (number | string | undefined)[]) {
  return minutes.map((m, i) => ({
    id: `item-${i + 1}`,
    title: `Item ${i + 1}`,
    ...(m === undefined ? {} : { minutes: m }),
  }));
}

/** One meeting on 23 Dec 2024 with those items in order, timed (`meeting` and `extra` override its fields and the programme's). */
export function timedAgenda(
  minutes: (number | string | undefined)[],
  meeting: Partial<NonNullable<ProgrammeInput["meetings"]>[number]> = {},
  extra: Omit<Parameters<typeof programme>[0], "items" | "meetings"> = {},
): AgendaTiming {
  const p = programme({
    items: numberedItems(...minutes),
    meetings: [{ id: "m", date: "2024-12-23", agenda: minutes.map((_, i) => `item-${i + 1}`), ...meeting }],
    ...extra,
  });
  return timed(p, p.meetings[0]!);
}

/** Findings as "severity code item" lines, for comparing lists. */
export function codes(findings: readonly { severity: string; code: string; item?: string }[]): string[] {
  return findings.map((f) => `${f.severity} ${f.code} ${f.item ?? "-"}`);
}

/** What the constructed declarations below declare: natures that must never be published. */
export const SECRET_NATURE = "Partner employed by the bidder (home address withheld)";

/**
 * A meeting on 31 Mar 2025 with three items (the third withdrawn) and two disclosable pecuniary
 * interests: Cllr C's, sensitive, in the first two items; Cllr D's in the withdrawn one.
 */
export function declaredMeeting(): { p: Programme; m: Meeting } {
  const p = programme({
    items: [
      { id: "contract", title: "Leisure contract award", minutes: 45 },
      { id: "budget", title: "Budget monitoring", minutes: 30 },
      { id: "dropped", title: "Withdrawn item", minutes: 30, status: "withdrawn" },
    ],
    meetings: [
      {
        id: "m",
        date: "2025-03-31",
        agenda: ["contract", "budget", "dropped"],
        declarations: [
          {
            person: "cllr-3",
            items: ["contract", "budget"],
            kind: "disclosable-pecuniary",
            sensitive: true,
            nature: SECRET_NATURE,
          },
          { person: "cllr-4", items: ["dropped"], kind: "disclosable-pecuniary", nature: "Owns the site" },
        ],
      },
    ],
  });
  return { p, m: p.meetings[0]! };
}
