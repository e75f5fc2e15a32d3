import { readFileSync } from "node:fs";
import { type Programme, type ProgrammeInput, parseProgramme } from "@scrutineer/model";

/** The real Hackney CYP 2022/23 programme: the fixture for every rule. */
export function example(): Programme {
  const text = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");
  const result = parseProgramme(text);
  if (!result.ok) throw new Error(`example does not parse: ${JSON.stringify(result.errors)}`);
  return result.programme;
}

/** A bundled example by its folder under examples/, parsed as a file is. */
function bundled(folder: string): Programme {
  const text = readFileSync(new URL(`../../../examples/${folder}/programme.yaml`, import.meta.url), "utf8");
  const result = parseProgramme(text);
  if (!result.ok) throw new Error(`${folder} does not parse: ${JSON.stringify(result.errors)}`);
  return result.programme;
}

/** The real North Yorkshire Scrutiny of Health Committee 2022/23 programme (England, a 10.00 county committee). */
export function northYorkshire(): Programme {
  return bundled("north-yorkshire-health-2022-23");
}

/** The real Neath Port Talbot Education, Skills and Wellbeing Scrutiny Committee 2022/23 (Wales, hybrid). */
export function neathPortTalbot(): Programme {
  return bundled("neath-port-talbot-education-2022-23");
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

// One list of zones and one way to run in each, shared with the dates package's tests.
export { inEachZone, ZONES } from "../../dates/test/zones.js";

/** A Cabinet Q&A item ("qa", Cllr Woodley, not yet told) and another item ("other"), for a programme's `items` and `cabinetMembers`. */
export const cabinetQaItems = {
  items: [
    {
      id: "qa",
      title: "Cabinet Q&A",
      cabinetQA: { cabinetMember: "woodley", topics: ["Family hubs"] },
    },
    { id: "other", title: "SEND" },
  ],
  cabinetMembers: [{ id: "woodley", name: "Cllr Woodley", portfolio: "Families" }],
};
