import { readFileSync } from "node:fs";
import { indexProgramme, type Meeting, type Programme, parseProgramme } from "@scrutineer/model";

/** The real Hackney CYP 2022/23 programme: the fixture for every document test. */
export function loadExample(): Programme {
  const file = new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url);
  const result = parseProgramme(readFileSync(file, "utf8"), "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

/** A bundled example by its folder under examples/, parsed as a file is. */
function bundled(folder: string): Programme {
  const file = new URL(`../../../examples/${folder}/programme.yaml`, import.meta.url);
  const result = parseProgramme(readFileSync(file, "utf8"), "programme.yaml");
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.programme;
}

/** The real North Yorkshire Scrutiny of Health Committee 2022/23 programme: a county committee, another order of business. */
export function loadNorthYorkshire(): Programme {
  return bundled("north-yorkshire-health-2022-23");
}

/** The real Neath Port Talbot Education, Skills and Wellbeing Scrutiny Committee 2022/23 programme: a Welsh hybrid committee. */
export function loadNeathPortTalbot(): Programme {
  return bundled("neath-port-talbot-education-2022-23");
}

/** A deep copy of the example to change for one test. */
export function exampleWith(change: (p: Programme) => void): Programme {
  const p = structuredClone(loadExample());
  change(p);
  return p;
}

export function meetingOn(p: Programme, date: string): Meeting {
  const meeting = indexProgramme(p).findMeeting(date);
  if (!meeting) throw new Error(`no meeting on ${date}`);
  return meeting;
}
