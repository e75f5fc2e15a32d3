import { longDate } from "@scrutineer/dates";
import type { CouncilContext } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";

/**
 * `pre-election-period` (warning): a meeting with substantive (not procedural, not withdrawn)
 * items between the start of a pre-election period council.yaml states and polling day,
 * inclusive. Scrutiny may meet then, with care: the Code of Recommended Practice on Local
 * Authority Publicity (31 March 2011), to which councils must have regard (Local Government Act
 * 1986 s4(1)), asks for publicity "issued with care during periods of heightened sensitivity";
 * party-political publicity is unlawful at any time (s2). Hackney's practice: Living in Hackney
 * moved its November 2023 meeting "due to the election of the Mayor of Hackney and preceding
 * period of Purdah" (ModernGov CId=119 MeetingId=5776); CYP deferred an item during the Cazenove
 * by-election (CId=121 MeetingId=5709). The council states the period's start: it depends on
 * the notice of election, which no rule here computes.
 */
export function preElectionPeriodFindings(context: CouncilContext): CouncilFinding[] {
  const findings: CouncilFinding[] = [];
  for (const m of context.meetings) {
    if (!m.substantive) continue;
    for (const election of context.folder.council.elections) {
      if (m.date < election.periodFrom || m.date > election.poll) continue;
      findings.push({
        severity: "warning",
        code: "pre-election-period",
        message: `${context.heldBy(m)} meets on ${longDate(m.date)}, in the pre-election period (from ${longDate(election.periodFrom)}) before the ${election.title} poll on ${longDate(election.poll)}: move it, or take care with sensitive items and publicity`,
        meeting: m.date,
        meetingId: m.meeting.id,
        committees: [...m.committees],
      });
    }
  }
  return findings;
}
