/**
 * England and Wales bank holidays that no rule gives: special days appointed by Royal
 * Proclamation under the Banking and Financial Dealings Act 1971 s1(3), and regular days moved
 * under s1(2), each with the proclamation, the ministerial announcement or, where no
 * proclamation text could be found, the best public record (`note` says so). Gathered for
 * issue 12 (notes/research/bank-holidays-1971.md) and checked against GOV.UK's list where it
 * overlaps (2018–2027). A future special day must be added here when it is proclaimed.
 */
export interface Proclamation {
  /** The bank holiday (a weekday). */
  date: string;
  title: string;
  /** The regular holiday this one replaces that year (s1(2)), which is then a working day. */
  replaces?: string;
  /** Where it is decided or recorded. */
  source: string;
  /** What is not certain about it. */
  note?: string;
}

/**
 * The England and Wales special and moved bank holidays since 1971, oldest first, each with its
 * source (Banking and Financial Dealings Act 1971 s1(2)–(3)); see `Proclamation`. Used by
 * `bankHolidays` for the years GOV.UK's list does not cover.
 */
export const englandAndWalesProclamations: readonly Proclamation[] = [
  {
    date: "1973-11-14",
    title: "Wedding of Princess Anne and Captain Mark Phillips",
    source:
      'Recorded by Downing Street in 2017: "a Bank Holiday was held for the wedding of Princess Anne in 1973" (The Independent, 27 Nov 2017)',
    note: "The proclamation's text was not found; a contemporary report speaks of schools' day off.",
  },
  {
    date: "1977-06-06",
    title: "Spring bank holiday",
    replaces: "1977-05-30",
    source:
      "HC written answer, 19 Jan 1977 (Queen's Silver Jubilee): the Spring Bank Holiday changed to Monday 6th June",
  },
  {
    date: "1977-06-07",
    title: "Silver Jubilee bank holiday",
    source: "HC written answer, 19 Jan 1977: a special Silver Jubilee Bank Holiday on Tuesday 7th June",
  },
  {
    date: "1981-07-29",
    title: "Wedding of the Prince of Wales and Lady Diana Spencer",
    source: 'The Independent, 18 Nov 2010: the 1981 wedding "was also marked by a bank holiday"',
    note: "The proclamation's text was not found.",
  },
  {
    date: "1995-05-08",
    title: "Early May bank holiday (VE Day)",
    replaces: "1995-05-01",
    source:
      "HL written answer, 16 Dec 1993 (Lord Henley): for 1995 only, the early May holiday on the second Monday in May, the 50th anniversary of VE Day",
  },
  {
    date: "1999-12-31",
    title: "Millennium bank holiday",
    source: "Announced April 1998 (The Sunday Times, 17 Apr 1998), with New Year's Day 2000 on Monday 3 January",
    note: "The proclamation's text was not found.",
  },
  {
    date: "2002-06-03",
    title: "Golden Jubilee bank holiday",
    source:
      "Announced 24 Nov 2000 (BBC News); House of Commons Library SN/PC/1435: bank holidays on Monday 3 June and Tuesday 4 June 2002",
  },
  {
    date: "2002-06-04",
    title: "Spring bank holiday",
    replaces: "2002-05-27",
    source: "Announced 24 Nov 2000 (BBC News): the Spring Bank Holiday due on 27 May moved to Tuesday 4 June 2002",
  },
  {
    date: "2011-04-29",
    title: "Wedding of Prince William and Catherine Middleton",
    source: "Announced by Downing Street, 23 Nov 2010: a public holiday on the day of the wedding",
  },
  {
    date: "2012-06-04",
    title: "Spring bank holiday",
    replaces: "2012-05-28",
    source: "Announced 5 Jan 2010 (Lord Mandelson, HL): the late May bank holiday moved to Monday 4 June 2012",
  },
  {
    date: "2012-06-05",
    title: "Diamond Jubilee bank holiday",
    source: "Announced 5 Jan 2010 (Lord Mandelson, HL): an additional Jubilee bank holiday on Tuesday 5 June 2012",
  },
  {
    date: "2020-05-08",
    title: "Early May bank holiday (VE day)",
    replaces: "2020-05-04",
    source: "GOV.UK bank holidays (https://www.gov.uk/bank-holidays.json): the early May holiday moved to VE Day",
  },
  {
    date: "2022-06-02",
    title: "Spring bank holiday",
    replaces: "2022-05-30",
    source: "GOV.UK bank holidays: the spring holiday moved for the Platinum Jubilee",
  },
  {
    date: "2022-06-03",
    title: "Platinum Jubilee bank holiday",
    source: "GOV.UK bank holidays",
  },
  {
    date: "2022-09-19",
    title: "Bank Holiday for the State Funeral of Queen Elizabeth II",
    source: "Royal Proclamation of 12 Sep 2022 (The Gazette, notice 4158896); GOV.UK bank holidays",
  },
  {
    date: "2023-05-08",
    title: "Bank holiday for the coronation of King Charles III",
    source: "GOV.UK bank holidays",
  },
];
