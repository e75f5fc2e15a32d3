/** What every document needs from outside: today's date, never read from a clock, and what to include. */
export interface DocumentOptions {
  /** Today, YYYY-MM-DD, Europe/London. */
  today: string;
  /**
   * Add the checker's notes for the officer: a stated start the allotted minutes do not give, a
   * stated deadline other than the rule's, a Cabinet notice given late, a meeting allotted more
   * time than it has. Off by default: a published document carries none of them (`scrutineer
   * agenda --with-checks`, `programme --with-checks`).
   */
  withChecks?: boolean;
}
