import type { CouncilContext } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";
import { personClashes } from "./person-clash.js";

/**
 * `officer-clash` (warning): an officer due at two overlapping meetings, attending an item
 * (the item's `officers:`) or supporting the committee (council.yaml's `committees[].officers`,
 * the "Contact" of every front sheet: seed 001, line 19). Source: issue 15.
 */
export function officerClashFindings(context: CouncilContext): CouncilFinding[] {
  return personClashes(context, {
    code: "officer-clash",
    severity: "warning",
    due: (m) => m.officers,
    why: "is due at",
  });
}
