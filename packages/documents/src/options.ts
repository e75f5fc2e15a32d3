/** What every document needs from outside: today's date (YYYY-MM-DD, Europe/London), never read from a clock. */
export interface DocumentOptions {
  today: string;
}
