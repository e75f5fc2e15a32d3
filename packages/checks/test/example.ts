import { readFileSync } from "node:fs";
import { type Programme, parseProgramme } from "@scrutineer/model";

const source = readFileSync(new URL("../../../examples/hackney-cyp-2022-23/programme.yaml", import.meta.url), "utf8");

/** A fresh copy of the real Hackney CYP 2022/23 programme, for a test to change. */
export function example(): Programme {
  const result = parseProgramme(source);
  if (!result.ok) throw new Error("the example does not load");
  return structuredClone(result.programme);
}

const northYorkshireSource = readFileSync(
  new URL("../../../examples/north-yorkshire-health-2022-23/programme.yaml", import.meta.url),
  "utf8",
);

/** A fresh copy of the real North Yorkshire Scrutiny of Health Committee 2022/23 programme. */
export function northYorkshire(): Programme {
  const result = parseProgramme(northYorkshireSource);
  if (!result.ok) throw new Error("the North Yorkshire example does not load");
  return structuredClone(result.programme);
}

const neathPortTalbotSource = readFileSync(
  new URL("../../../examples/neath-port-talbot-education-2022-23/programme.yaml", import.meta.url),
  "utf8",
);

/** A fresh copy of the real Neath Port Talbot Education, Skills and Wellbeing Scrutiny Committee 2022/23 programme. */
export function neathPortTalbot(): Programme {
  const result = parseProgramme(neathPortTalbotSource);
  if (!result.ok) throw new Error("the Neath Port Talbot example does not load");
  return structuredClone(result.programme);
}
