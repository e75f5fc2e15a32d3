/**
 * A recommendation the addressee accepted is followed up: "The Commission agreed to review
 * progress against the recommendations 9 months after agreement by Cabinet" (CYP Scrutiny
 * Commission, seed 001 line 5034); follow-ups are forgotten when the municipal year turns
 * (issue 16). A recommendation is followed up when it names a follow-up (an item or a date) or
 * its review lists the items that follow it up.
 */
import { type Finding, type ProgrammeIndex, quoted } from "@scrutineer/model";

/** `follow-up-missing` (info) for each accepted or partly accepted recommendation nothing follows up. */
export function followUpFindings(index: ProgrammeIndex): Finding[] {
  const findings: Finding[] = [];
  for (const review of index.programme.reviews ?? []) {
    if (review.items.length > 0) continue;
    for (const rec of review.recommendations) {
      const decision = rec.response?.decision;
      if (rec.followUp || (decision !== "accepted" && decision !== "partly-accepted")) continue;
      findings.push({
        severity: "info",
        code: "follow-up-missing",
        message: `recommendation ${rec.number} of ${quoted(review.title)} was ${decision === "accepted" ? "accepted" : "partly accepted"} and nothing follows it up (no followUp, and the review lists no items)`,
        review: review.id,
        recommendation: rec.id,
      });
    }
  }
  return findings;
}
