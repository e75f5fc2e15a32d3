import type { Severity } from "./severity.js";

/** The group of rules a finding comes from; `meetingFindings` of `@scrutineer/checks` can run a subset. */
export type FindingFamily =
  | "set-up"
  | "placement"
  | "timing"
  | "interests"
  | "quorum"
  | "deadlines"
  | "outcomes"
  | "auto-planner"
  | "council";

/** One finding code, documented. */
export interface FindingDoc {
  family: FindingFamily;
  /** The severities it is reported with (a procedural item's timing notes are `info`, others `warning`). */
  severities: readonly Severity[];
  /** One line: when it is reported. */
  meaning: string;
  /** One line: what the officer does about it. */
  fix: string;
  /** The file, from the repository root, that decides it and says it. */
  rule: string;
  /** Where the rule comes from: statute and section, standing orders, or the seed document. */
  source: string;
}
