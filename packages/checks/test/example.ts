import { readFileSync } from "node:fs";
import { type Programme, parseProgramme } from "@scrutineer/model";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");

/** A fresh copy of the real Hackney CYP 2022/23 programme, for a test to change. */
export function example(): Programme {
  const result = parseProgramme(source);
  if (!result.ok) throw new Error("the example does not load");
  return structuredClone(result.programme);
}

/** A fresh copy of a bundled example, by its folder under examples/. */
function bundled(folder: string): Programme {
  const text = readFileSync(new URL(`../../../examples/${folder}/programme.yaml`, import.meta.url), "utf8");
  const result = parseProgramme(text);
  if (!result.ok) throw new Error(`the ${folder} example does not load`);
  return structuredClone(result.programme);
}

/** A fresh copy of the real North Yorkshire Scrutiny of Health Committee 2022/23 programme. */
export function northYorkshire(): Programme {
  return bundled("north-yorkshire-health-2022-23");
}

/** A fresh copy of the real Neath Port Talbot Education, Skills and Wellbeing Scrutiny Committee 2022/23 programme. */
export function neathPortTalbot(): Programme {
  return bundled("neath-port-talbot-education-2022-23");
}
