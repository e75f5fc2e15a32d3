/**
 * Scottish bank holidays that no rule gives, and rule-given days that were not holidays, each
 * with its source (bank-holidays-1971.md §4.2 and the Scottish Government's announcements).
 * Bank holidays in Scotland are devolved: "The Scotland Act assigns to Scottish Ministers the
 * responsibility for setting dates of bank holidays" (Scottish Government, 2010). Days not
 * verified for Scotland are left out and said in `SCOTLAND_UNVERIFIED`.
 */
import type { Proclamation } from "./bank-holiday-proclamations.js";

/**
 * Scotland's special bank holidays since 1971, oldest first, each with its source (Banking and
 * Financial Dealings Act 1971 s1(3), as for England and Wales); see `Proclamation`.
 */
export const scotlandProclamations: readonly Proclamation[] = [
  {
    date: "1995-05-08",
    title: "VE Day bank holiday",
    source:
      "HL written answer, 16 Dec 1993: an additional Scottish bank holiday on the second Monday in May 1995 (the 50th anniversary of VE Day)",
  },
  {
    date: "2011-04-29",
    title: "Wedding of Prince William and Catherine Middleton",
    source:
      'Scottish Government, 23 Nov 2010: "Cabinet has agreed 29 April will be a public holiday in Scotland" (The Herald, 24 Nov 2010)',
  },
  {
    date: "2012-06-04",
    title: "Spring bank holiday",
    replaces: "2012-05-28",
    source:
      "Scottish Government, Jan 2010: the late May bank holiday moved to Monday 4 June 2012 (wired-gov.net, Queen's Diamond Jubilee)",
  },
  {
    date: "2012-06-05",
    title: "Diamond Jubilee bank holiday",
    source: "Scottish Government, Jan 2010: the extra holiday on Tuesday 5 June 2012 applies to Scotland",
  },
  {
    date: "2020-05-08",
    title: "Early May bank holiday (VE day)",
    replaces: "2020-05-04",
    source:
      'Scottish Government, June 2019: "the Scottish Government will similarly change the date" of the early May bank holiday to Friday 8 May 2020 (Bagpipe.News, 14 Jun 2019)',
  },
  {
    date: "2022-06-02",
    title: "Spring bank holiday",
    replaces: "2022-05-30",
    source: "Scottish Government's 2022 list: Thursday 2 June 2022, Spring bank holiday (The Herald, 11 Apr 2022)",
  },
  {
    date: "2022-06-03",
    title: "Platinum Jubilee bank holiday",
    source: "Scottish Government's 2022 list: Friday 3 June 2022 (The Herald, 11 Apr 2022)",
  },
  {
    date: "2022-09-19",
    title: "Bank Holiday for the State Funeral of Queen Elizabeth II",
    source:
      "Scottish Government, 15 Sep 2022: guidance for the bank holiday on Monday 19 September (gov.scot/news/state-funeral-of-her-majesty-the-queen)",
  },
  {
    date: "2023-05-08",
    title: "Bank holiday for the coronation of King Charles III",
    source:
      'Scottish Government, 7 Nov 2022: "Monday 8 May 2023 will be a national bank holiday" (gov.scot/news/scotland-to-mark-the-royal-coronation)',
  },
];

/** Days the rules give that were not bank holidays in Scotland: no proclamation was made. */
export const scotlandNotProclaimed: readonly { date: string; source: string }[] = [
  {
    date: "2010-01-04",
    source:
      'dracos.co.uk, "bad bank holidays": "no Royal Proclamation was made, and so 4th January 2010 and 2011 were not bank holidays"',
  },
  { date: "2011-01-04", source: "dracos.co.uk, as for 2010" },
];

/** What is not verified for Scotland, said wherever the calendar is described. */
export const SCOTLAND_UNVERIFIED: readonly string[] = [
  "Saturday substitute days other than 1977, 1999, 2005, 2010, 2011 and 2022 follow the rule, not a checked proclamation",
  "the last Monday in May is taken from 1979 (Hansard); one source says 1978",
  "1981 (royal wedding), 1999 (millennium) and 2002 (Golden Jubilee) one-off days were not verified for Scotland and are not included",
  "whether Scottish councils treat bank holidays as non-working days for clear days: the sources are silent",
];
