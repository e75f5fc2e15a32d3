/**
 * Deadlines for 100,000 meetings, against a naive baseline in the same run.
 *
 *   pnpm --filter @scrutineer/deadlines exec tsx bench/deadlines.bench.ts
 *
 * Fast: the package's working calendar (day numbers, one flag table per calendar year; each
 * date worked out by date-fns in the Europe/London context once, then remembered).
 * Baseline: what a hand-written version usually does — step a `Date` one day at a time,
 * format it back to a string, and look it up in a flat array of holiday dates (no set, no
 * per-year table). Second baseline, on a sample: date-fns used directly, as the stack's
 * manual would — step a `TZDate` with `addDays`, test `isWeekend`, `format` each day and look
 * it up in a set of holidays. All must give identical dates for every meeting, or the bench fails.
 */
import { performance } from "node:perf_hooks";
import { tz } from "@date-fns/tz";
import { indexProgramme, Programme } from "@scrutineer/model";
import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { isWeekend } from "date-fns/isWeekend";
import { parseISO } from "date-fns/parseISO";
import { subWeeks } from "date-fns/subWeeks";
import {
  bankHolidaysInYear,
  cabinetNoticeDue,
  deadlineFindings,
  latestDispatch,
  papersDeadline,
  workingCalendar,
} from "../src/index.js";

const MEETINGS = 100_000;
const FIRST_YEAR = 2018;
const YEARS = 15; // 2018–2032: the GOV.UK list and the projected statute beyond it

// Meeting dates spread over the years, weekdays only (weekend meetings are a finding, not a norm).
function meetingDates(n: number): string[] {
  const out: string[] = [];
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const span = YEARS * 365;
  for (let i = 0; out.length < n; i++) {
    const d = new Date(start + ((i * 7919) % span) * 86_400_000); // a stride coprime with the span
    const w = d.getUTCDay();
    if (w !== 0 && w !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

// --- baseline ---------------------------------------------------------------------------
const holidayList: string[] = [];
for (let y = FIRST_YEAR - 1; y <= FIRST_YEAR + YEARS; y++) {
  for (const h of bankHolidaysInYear(y).holidays) holidayList.push(h.date);
}
function naiveIsWorkingDay(date: string): boolean {
  const w = new Date(`${date}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6 && !holidayList.includes(date);
}
function naiveAddWorkingDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    d.setUTCDate(d.getUTCDate() + step);
    if (naiveIsWorkingDay(d.toISOString().slice(0, 10))) left--;
  }
  return d.toISOString().slice(0, 10);
}
function naive(meeting: string) {
  const dispatch = naiveAddWorkingDays(meeting, -6);
  const papers = naiveAddWorkingDays(dispatch, -3);
  const notice = new Date(`${meeting}T00:00:00Z`);
  notice.setUTCDate(notice.getUTCDate() - 42);
  return `${dispatch} ${papers} ${notice.toISOString().slice(0, 10)}`;
}

// --- date-fns straight, no day numbers and nothing remembered -----------------------------
const inLondon = { in: tz("Europe/London") };
const holidaySet = new Set(holidayList);
function dateFnsAddWorkingDays(date: string, n: number): string {
  let d = parseISO(date, inLondon);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step, inLondon);
    if (!isWeekend(d) && !holidaySet.has(format(d, "yyyy-MM-dd"))) left--;
  }
  return format(d, "yyyy-MM-dd");
}
function dateFnsDirect(meeting: string) {
  const dispatch = dateFnsAddWorkingDays(meeting, -6);
  const papers = dateFnsAddWorkingDays(dispatch, -3);
  const notice = format(subWeeks(parseISO(meeting, inLondon), 6), "yyyy-MM-dd");
  return `${dispatch} ${papers} ${notice}`;
}

// --- the package ------------------------------------------------------------------------
function fast(meeting: string, calendar: ReturnType<typeof workingCalendar>) {
  const dispatch = latestDispatch(meeting, { clearDays: 5, calendar });
  const papers = papersDeadline(dispatch, { workingDaysBeforeDispatch: 3, calendar });
  return `${dispatch} ${papers} ${cabinetNoticeDue(meeting, 6)}`;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const dates = meetingDates(MEETINGS);

// Cold start, first in the process: a fresh calendar building its year tables (and the statute
// for 2028+), and date-fns working out each date for the first time. Later calendars build their
// own year tables but find the dates already worked out.
const cold = time(() => {
  const calendar = workingCalendar();
  return dates.map((m) => fast(m, calendar));
});

const fastRuns: number[] = [];
const naiveRuns: number[] = [];
let fastResult: string[] = [];
let naiveResult: string[] = [];
// Each side runs on its own (the baseline's garbage would otherwise slow the package's runs).
for (let run = 0; run < 5; run++) {
  const calendar = workingCalendar();
  const f = time(() => dates.map((m) => fast(m, calendar)));
  fastRuns.push(f.ms);
  fastResult = f.result;
}
for (let run = 0; run < 5; run++) {
  const n = time(() => dates.map(naive));
  naiveRuns.push(n.ms);
  naiveResult = n.result;
}
for (let i = 0; i < dates.length; i++) {
  if (fastResult[i] !== naiveResult[i] || cold.result[i] !== fastResult[i]) {
    throw new Error(`results differ for ${dates[i]}: ${fastResult[i]} vs ${naiveResult[i]}`);
  }
}
// date-fns straight is slow enough that a sample (every 20th meeting) gives the figure.
const SAMPLE_EVERY = 20;
const sample = dates.filter((_, i) => i % SAMPLE_EVERY === 0);
const dateFnsRuns: number[] = [];
for (let run = 0; run < 3; run++) {
  const d = time(() => sample.map(dateFnsDirect));
  dateFnsRuns.push(d.ms);
  for (let i = 0; i < sample.length; i++) {
    if (d.result[i] !== fastResult[i * SAMPLE_EVERY]) {
      throw new Error(`date-fns straight differs for ${sample[i]}: ${d.result[i]} vs ${fastResult[i * SAMPLE_EVERY]}`);
    }
  }
}

// The whole per-meeting report (findings, statuses) on a programme of 100,000 meetings.
// Built with the schema alone: the loader's cross-reference check (dates within one municipal
// year) would refuse fifteen years of meetings.
const programme = Programme.parse({
  commission: {
    id: "bench",
    name: "Bench Scrutiny Commission",
    shortName: "Bench",
    council: "London Borough of Hackney",
    municipalYear: "2022/23",
    venue: "Town Hall",
    contact: { name: "Officer" },
  },
  // Half state a dispatch date (the meeting date itself: unlawful, so an error finding each).
  meetings: dates.map((date, i) => (i % 2 ? { id: `m-${i}`, date, dispatch: date } : { id: `m-${i}`, date })),
});
const reportRuns: number[] = [];
let findings = 0;
for (let run = 0; run < 3; run++) {
  const r = time(() => deadlineFindings(indexProgramme(programme), { today: "2024-06-01" }));
  reportRuns.push(r.ms);
  findings = r.result.length;
}

const f = median(fastRuns);
const n = median(naiveRuns);
const r = median(reportRuns);
const dPerMeeting = median(dateFnsRuns) / sample.length;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(
  `deadlines for ${MEETINGS.toLocaleString("en-GB")} meetings (${FIRST_YEAR}–${FIRST_YEAR + YEARS - 1}), Node ${process.version}`,
);
console.log(
  `  dispatch + papers deadline + Cabinet notice, warm calendar: ${fmt(f)} (${((f * 1000) / MEETINGS).toFixed(2)} µs per meeting), median of 5`,
);
console.log(`  the same, first in the process (year tables, holiday rules, date-fns): ${fmt(cold.ms)}`);
console.log(`  naive baseline (Date stepping, holiday array lookup):       ${fmt(n)}, median of 5`);
console.log(
  `  ratio naive / package: ${(n / f).toFixed(1)}×  (identical dates for all ${MEETINGS.toLocaleString("en-GB")} meetings)`,
);
console.log(
  `  date-fns straight (TZDate stepping, format per day), ${sample.length.toLocaleString("en-GB")} meetings: ${(dPerMeeting * 1000).toFixed(1)} µs per meeting, median of 3`,
);
console.log(
  `  ratio date-fns straight / package: ${((dPerMeeting * MEETINGS) / f).toFixed(1)}×  (identical dates for the sample)`,
);
console.log(
  `  deadlineFindings on one programme of ${MEETINGS.toLocaleString("en-GB")} meetings: ${fmt(r)} (${findings.toLocaleString("en-GB")} findings), median of 3`,
);
