import type { CouncilContext } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";
import { personClashes } from "./person-clash.js";

/**
 * `cabinet-member-clash` (error): a Cabinet member due at two overlapping meetings, questioned
 * at a Cabinet Q&A (`cabinetQA.cabinetMember`) or attending an item (`officers:` naming a
 * Cabinet member). Source: Hackney's protocol, "Cabinet members attend annually for Q&A with
 * respective scrutiny commissions" (CYP, 13 Jan 2025, opencouncil.network/meetings/49490); the
 * topics are notified six weeks ahead (seed 001, meeting 6), so the date is a commitment.
 */
export function cabinetMemberClashFindings(context: CouncilContext): CouncilFinding[] {
  return personClashes(context, {
    code: "cabinet-member-clash",
    severity: "error",
    due: (m) => m.cabinetMembers,
    why: "is due at",
  });
}
