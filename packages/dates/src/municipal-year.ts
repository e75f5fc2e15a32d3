/**
 * The municipal year: its name ("2022/23"), its bounds, the year a date falls in, and the next.
 *
 * The one definition: **a municipal year runs from 1 May to 30 April**, and is named by the two
 * calendar years it spans ("2022/23" = 1 May 2022 to 30 April 2023).
 *
 * Why these bounds:
 * - The law anchors the year only to the council's annual meeting: LGA 1972 Sch 12 para 1(2)
 *   holds it, in a year of ordinary elections, within the twenty-one days after councillors retire
 *   (four days after the May poll), and in any other year "on such day in the month of March,
 *   April or May as the council may fix" (legislation.gov.uk/ukpga/1972/70/schedule/12).
 *   "Municipal year" itself is not a statutory term; constitutions use it for the period between
 *   annual meetings, at which committees are constituted and chairs appointed "for the ensuing
 *   municipal year". Hackney's annual meetings were on 25 May 2022 and 17 May 2023
 *   (hackney.moderngov.co.uk, Council, MId=5384 and MId=5452).
 * - The seeds: Hackney's CYP 2022/23 work programme runs from July 2022 to April 2023 and ends
 *   with "Possible items noted for 2023/24" (seed 001, lines ~5735–5845): the commission's year
 *   closes before May and the next opens after the annual meeting in May. DOMAIN.md: "a municipal
 *   year (May to May, e.g. 2022/23)".
 * - A programme needs bounds before the next annual meeting is fixed, and the same bounds
 *   everywhere (the file check and the slot generator once disagreed: 31 May against 30 April).
 *   Fixed calendar bounds that put the whole of May in the new year match every annual meeting
 *   held in May, which is when Hackney and most councils hold it.
 *
 * Limits, deliberately accepted: a council that holds its annual meeting in March or April, or a
 * commission meeting held in May before the annual meeting, is not placed by the actual annual
 * meeting date (the programme does not record it).
 */
import { InvalidMunicipalYearError, notAStringMessage } from "./errors.js";
import { toDayNumber, yearOf } from "./plain-date.js";

const WRITTEN = /^(\d{4})\/(\d{2})$/;
const FIRST_YEAR = 1848;
const LAST_YEAR = 9998; // 9998/99 ends on 30 April 9999, the last supported date

/** The first and last day of a municipal year, both `YYYY-MM-DD` and inclusive. */
export interface MunicipalYearBounds {
  /** 1 May of the first calendar year, e.g. "2022-05-01". */
  readonly from: string;
  /** 30 April of the second, e.g. "2023-04-30". */
  readonly to: string;
}

function invalid(value: unknown, message: string): InvalidMunicipalYearError {
  return new InvalidMunicipalYearError("invalid-municipal-year", value, message);
}

/**
 * The calendar year a municipal year starts in: 2022 for "2022/23".
 * @param municipalYear - two consecutive years written as council papers do, `2022/23` (the second
 *   as its last two digits; "2099/00" follows "2098/99"), first year 1848–9998.
 * @throws InvalidMunicipalYearError (`"invalid-municipal-year"`) for anything else ("2022-23",
 *   "2022/24", "22/23", a number).
 * @example parseMunicipalYear("2022/23"); // 2022
 */
export function parseMunicipalYear(municipalYear: string): number {
  if (typeof municipalYear !== "string")
    throw invalid(
      municipalYear,
      notAStringMessage(municipalYear, "a municipal year", "2022/23", "use municipalYearOf(date)"),
    );
  const m = WRITTEN.exec(municipalYear);
  const first = Number(m?.[1]);
  if (!m || (first + 1) % 100 !== Number(m[2]))
    throw invalid(
      municipalYear,
      `"${municipalYear}" is not a municipal year: write two consecutive years, e.g. 2022/23`,
    );
  if (first < FIRST_YEAR || first > LAST_YEAR)
    throw invalid(municipalYear, `"${municipalYear}" is outside the years ${FIRST_YEAR}–${LAST_YEAR + 1}`);
  return first;
}

/** True for a municipal year written as `parseMunicipalYear` accepts it. Never throws. */
export function isMunicipalYear(value: string): boolean {
  try {
    parseMunicipalYear(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * "2022/23" for the municipal year that starts in 2022.
 * @throws InvalidMunicipalYearError for a year that is not a whole number from 1848 to 9998.
 */
export function formatMunicipalYear(firstYear: number): string {
  if (!Number.isInteger(firstYear) || firstYear < FIRST_YEAR || firstYear > LAST_YEAR)
    throw invalid(firstYear, `not a first year from ${FIRST_YEAR} to ${LAST_YEAR}: ${firstYear}`);
  return `${firstYear}/${String((firstYear + 1) % 100).padStart(2, "0")}`;
}

/**
 * The first and last day of a municipal year: 1 May to 30 April (why: this module's comment).
 * @throws InvalidMunicipalYearError as `parseMunicipalYear`.
 * @example municipalYearBounds("2022/23"); // { from: "2022-05-01", to: "2023-04-30" }
 */
export function municipalYearBounds(municipalYear: string): MunicipalYearBounds {
  const first = parseMunicipalYear(municipalYear);
  return { from: `${first}-05-01`, to: `${first + 1}-04-30` };
}

/**
 * The municipal year a date falls in: May to December belong to the year starting that
 * calendar year, January to April to the one that started the year before.
 * @throws InvalidDateError for anything but a real date `YYYY-MM-DD` (years 1848–9999);
 *   InvalidMunicipalYearError for a date before 1 May 1848.
 * @example municipalYearOf("2023-04-30"); // "2022/23"
 * @example municipalYearOf("2023-05-01"); // "2023/24"
 */
export function municipalYearOf(date: string): string {
  toDayNumber(date); // refuses what is not a real date before its digits are read
  const year = yearOf(date);
  return formatMunicipalYear(date.slice(5) >= "05-01" ? year : year - 1);
}

/**
 * The municipal year after this one: "2023/24" after "2022/23" (the 2022/23 work programme ends
 * with "Possible items noted for 2023/24", seed 001).
 * @throws InvalidMunicipalYearError as `parseMunicipalYear`, and for "9998/99" (no year after it).
 * @example nextMunicipalYear("2022/23"); // "2023/24"
 */
export function nextMunicipalYear(municipalYear: string): string {
  return formatMunicipalYear(parseMunicipalYear(municipalYear) + 1);
}
