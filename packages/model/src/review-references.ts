import { agendaItemId } from "./meeting.js";
import type { Programme } from "./programme.js";
import { recommendationAddressee } from "./review.js";

/** A problem found by relating one part of the file to another (as `crossReferenceProblems` reports it). */
interface Problem {
  path: (string | number)[];
  code: string;
  message: string;
}

/**
 * Cross-reference rules of what happened and what was recommended: review, recommendation,
 * action and written-answer ids are defined once; the items, people and Cabinet members they
 * name exist; a response does not come before the report was received.
 */
export function outcomeReferenceProblems(p: Programme): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], code: string, message: string) => problems.push({ path, code, message });
  const items = new Set(p.items.map((i) => i.id));
  const people = new Set(
    [...p.members, ...p.coOptees, ...(p.substitutes ?? []), ...p.officers, ...p.cabinetMembers].map((x) => x.id),
  );
  const cabinet = new Set(p.cabinetMembers.map((c) => c.id));
  const item = (path: (string | number)[], id: string) => {
    if (!items.has(id)) add(path, "unknown-item", `no item has the id "${id}" (define it under items:)`);
  };
  const person = (path: (string | number)[], id: string | undefined) => {
    if (id !== undefined && !people.has(id)) add(path, "unknown-person", `no person has the id "${id}"`);
  };
  const once = (what: string) => {
    const seen = new Map<string, string>();
    return (path: (string | number)[], id: string) => {
      const before = seen.get(id);
      if (before) add(path, "duplicate-id", `the ${what} id "${id}" is already used by ${before}`);
      else seen.set(id, path.slice(0, -1).join("."));
    };
  };
  const reviewIds = once("review");
  const recIds = once("recommendation");
  const outcomeIds = once("action or written answer");

  (p.reviews ?? []).forEach((review, i) => {
    reviewIds(["reviews", i, "id"], review.id);
    review.items.forEach((id, j) => {
      item(["reviews", i, "items", j], id);
    });
    const addressee = (at: (string | number)[], to: typeof review.to) => {
      if (!to?.id) return;
      if (to.kind === "cabinet-member" && people.has(to.id) && !cabinet.has(to.id))
        add([...at, "id"], "wrong-person", `"${to.id}" is not a Cabinet member (define them under cabinetMembers:)`);
      else person([...at, "id"], to.id);
    };
    addressee(["reviews", i, "to"], review.to);
    review.recommendations.forEach((rec, j) => {
      const at = ["reviews", i, "recommendations", j];
      recIds([...at, "id"], rec.id);
      addressee([...at, "to"], rec.to);
      if (!recommendationAddressee(review, rec))
        add(
          [...at, "id"],
          "no-addressee",
          `recommendation ${rec.number} is addressed to nobody: give the review (or the recommendation) to: { kind: … }`,
        );
      if (rec.followUp?.item !== undefined) item([...at, "followUp", "item"], rec.followUp.item);
      const received = rec.received ?? review.received;
      if (rec.response && received && rec.response.date < received)
        add(
          [...at, "response", "date"],
          "response-before-received",
          `the response (${rec.response.date}) is dated before the report was received (${received})`,
        );
    });
  });

  p.meetings.forEach((m, i) => {
    m.agenda.forEach((entry, j) => {
      if (typeof entry === "string") return;
      (entry.actions ?? []).forEach((a, k) => {
        const at = ["meetings", i, "agenda", j, "actions", k];
        outcomeIds([...at, "id"], a.id);
        person([...at, "owner"], a.owner);
      });
      (entry.writtenAnswers ?? []).forEach((w, k) => {
        const at = ["meetings", i, "agenda", j, "writtenAnswers", k];
        outcomeIds([...at, "id"], w.id);
        person([...at, "askedBy"], w.askedBy);
        person([...at, "owedBy"], w.owedBy);
      });
      const outcome = entry.outcome;
      const recorded = (entry.resolutions?.length ?? 0) + (entry.actions?.length ?? 0);
      if (recorded > 0 && (outcome === "deferred" || outcome === "withdrawn"))
        add(
          ["meetings", i, "agenda", j, "outcome"],
          "resolved-not-taken",
          `"${agendaItemId(entry)}" is ${outcome} but has resolutions or actions recorded: an item not taken resolves nothing`,
        );
    });
  });
  return problems;
}
