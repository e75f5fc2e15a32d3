import { longDate } from "@scrutineer/dates";
import type { CouncilContext } from "../council-context.js";
import type { CouncilFinding } from "../council-finding.js";

/**
 * `avoid-date` (warning): a meeting on a date council.yaml's `avoidDates` lists (one day, or
 * `from`–`until` inclusive), with the reason it gives. Source: issue 15 ("dates the council
 * avoids: school holidays, religious festivals it lists"); the council decides them, so no
 * date is built in.
 */
export function avoidDateFindings(context: CouncilContext): CouncilFinding[] {
  const findings: CouncilFinding[] = [];
  const spans = context.folder.council.avoidDates;
  for (const m of context.meetings)
    for (const span of spans) {
      if (m.date < span.from || m.date > (span.until ?? span.from)) continue;
      findings.push({
        severity: "warning",
        code: "avoid-date",
        message: `${context.heldBy(m)} meets on ${longDate(m.date)}, a date the council avoids: ${span.reason}`,
        meeting: m.date,
        meetingId: m.meeting.id,
        committees: [...m.committees],
      });
    }
  return findings;
}
