import type { CouncilContext } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";
import { personClashes } from "./person-clash.js";

/**
 * `member-clash` (warning): a councillor or co-optee on the membership of two bodies whose
 * meetings overlap can attend only one. Membership is each programme's on the meeting's date
 * (`from`/`until`); a joint meeting is one meeting, so sitting on both its committees is no clash.
 * Source: issue 15 ("the same councillor on two committees meeting the same evening"); Hackney's
 * cross-membership, e.g. Cllr Gordon, CYP Vice-Chair and Scrutiny Panel Chair in 2022/23
 * (research/hackney-council-wide.md §7).
 */
export function memberClashFindings(context: CouncilContext): CouncilFinding[] {
  return personClashes(context, {
    code: "member-clash",
    severity: "warning",
    due: (m) => m.members,
    why: "sits on",
  });
}
