import type { Severity } from "@scrutineer/model";
import { type CouncilContext, committeesOf } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";
import type { CouncilMeeting } from "../council-meetings.js";

/**
 * The one shape of a person's clash (member, Cabinet member, officer): for each pair of
 * overlapping meetings, everyone due at both, one finding each. The rules say who is due.
 */
export function personClashes(
  context: CouncilContext,
  rule: {
    code: "member-clash" | "cabinet-member-clash" | "officer-clash";
    severity: Severity;
    due: (meeting: CouncilMeeting) => ReadonlySet<string>;
    /** "sits on", "is due at": how the message says why they are expected. */
    why: string;
  },
): CouncilFinding[] {
  const findings: CouncilFinding[] = [];
  for (const [a, b] of context.pairs) {
    const atB = rule.due(b);
    for (const id of rule.due(a)) {
      if (!atB.has(id)) continue;
      findings.push({
        severity: rule.severity,
        code: rule.code,
        message: `${context.personName(id)} ${rule.why} ${context.heldBy(a)} and ${context.heldBy(b)}, which meet at the same time: ${context.when(a)}${a.date === b.date && a.start === b.start ? "" : ` and ${context.when(b)}`}`,
        meeting: a.date,
        meetingId: a.meeting.id,
        committees: committeesOf(context, a, b),
        person: id,
      });
    }
  }
  return findings;
}
