import { catalogue } from "./catalogue.js";

/** `scrutineer --help`: built from the catalogue alone, so printing it loads no command. */
export function helpText(): string {
  const entries = Object.values(catalogue);
  const width = Math.max(...entries.map((c) => c.name.length));
  return [
    "scrutineer — plan a scrutiny commission's year",
    "",
    "Commands:",
    ...entries.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Usage:",
    ...entries.map((c) => `  ${c.usage}`),
    "",
    "With no command, scrutineer opens the planner on ./programme.yaml.",
    "Exit codes: 0 no errors · 1 findings of severity error · 2 invalid input or usage",
    "",
  ].join("\n");
}
