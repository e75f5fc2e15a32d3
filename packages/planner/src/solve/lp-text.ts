import { PlannerError } from "../errors.js";

/**
 * The one writer of CPLEX LP text, for every model the planner builds (the plan's stages and
 * the softened repair model). The format is IBM's "LP file format" (CPLEX File Formats
 * Reference Manual), which HiGHS and most MILP solvers read:
 *
 *   Minimize | Maximize
 *    obj: 3 x0_1 - x0_2 + 0 zero
 *   Subject To
 *    once0: x0_1 + x0_2 <= 1
 *   Bounds
 *    zero = 0
 *    d0 >= 0
 *   Binaries
 *    x0_1 x0_2
 *   End
 *
 * - Repeated terms are merged (one term per column, coefficients added): an LP reader may keep
 *   only the last of a repeated name.
 * - An empty expression is written as the column `zero`, which the Bounds fix at 0: an empty
 *   row `r: zero >= 1` is a row that cannot hold, `r: zero <= 1` one that always does. `zero`
 *   is in every objective (with coefficient 0) so that every reader knows the column.
 * - Names follow the format's rules: 1 to 255 letters, digits or ``!"#$%&(),.;?@_`'{}~``, not
 *   starting with a digit, a period or the letter e (read as an exponent), and no keyword of the
 *   format. Nothing is escaped: the models name their columns and rows by indices (`x3_7`,
 *   `budget1`), never by item or meeting ids, so a name that breaks a rule is a bug and is
 *   refused with `PlannerError` "invalid-lp", as is a coefficient or bound that is not a number.
 * - Lines stay short (eight terms, or about 250 characters, per line): readers differ in the
 *   longest line they accept (CPLEX: 560 characters).
 */

/** One term of a linear expression: `coef · name`. */
export interface LpTerm {
  coef: number;
  name: string;
}

/** A named row: `name: Σ terms sense rhs`. */
export interface LpRow {
  name: string;
  terms: readonly LpTerm[];
  sense: "<=" | ">=" | "=";
  rhs: number;
}

/** A column's bounds; a column not listed is `0 ≤ x` (LP's default), a binary one `0 ≤ x ≤ 1`. */
export interface LpBound {
  name: string;
  /** Default 0; `-Infinity` for none. */
  lower?: number;
  upper?: number;
}

/** A whole model, in the order the LP format writes it. */
export interface LpProgram {
  sense: "minimize" | "maximize";
  objective: readonly LpTerm[];
  rows: readonly LpRow[];
  bounds?: readonly LpBound[];
  /** Columns that take 0 or 1. */
  binaries?: readonly string[];
  /** Columns that take whole numbers within their bounds. */
  generals?: readonly string[];
}

/** The column the writer fixes at 0, for empty expressions. */
export const LP_ZERO = "zero";

const TERMS_PER_LINE = 8;
const NAMES_PER_LINE = 12;
const LINE_CHARACTERS = 250;
const NAME = /^[A-Za-z!"#$%&(),;?@_`'{}~][A-Za-z0-9!"#$%&(),.;?@_`'{}~]{0,254}$/;
/** Words that open a section or stand for infinity: a reader takes them as such, not as names. */
const KEYWORDS = new Set([
  "minimize",
  "minimise",
  "minimum",
  "min",
  "maximize",
  "maximise",
  "maximum",
  "max",
  "subject",
  "such",
  "st",
  "bounds",
  "bound",
  "binary",
  "binaries",
  "bin",
  "general",
  "generals",
  "gen",
  "semi",
  "semis",
  "semi-continuous",
  "sos",
  "end",
  "free",
  "inf",
  "infinity",
]);

/** Whether a name may be written as a CPLEX LP column or row name (see the module comment). */
export function isLpName(name: string): boolean {
  return NAME.test(name) && !/^[eE]/.test(name) && !KEYWORDS.has(name.toLowerCase());
}

function checkedName(name: string): string {
  if (!isLpName(name)) throw new PlannerError("invalid-lp", name, `"${name}" cannot be written as a name in LP text`);
  return name;
}

/** A number as LP text: `inf`/`-inf` for the infinities, JavaScript's shortest form otherwise. */
function numberText(value: number, what: string): string {
  if (value === Number.POSITIVE_INFINITY) return "inf";
  if (value === Number.NEGATIVE_INFINITY) return "-inf";
  if (!Number.isFinite(value)) throw new PlannerError("invalid-lp", value, `${what}: ${value} is not a number`);
  return String(value);
}

/** One term per column, in the order of first appearance, coefficients added. */
export function mergeTerms(terms: readonly LpTerm[]): LpTerm[] {
  const byName = new Map<string, LpTerm>();
  for (const t of terms) {
    const seen = byName.get(t.name);
    if (seen) seen.coef += t.coef;
    else byName.set(t.name, { coef: t.coef, name: t.name });
  }
  return [...byName.values()];
}

/** `3 a - b + 0 c`: a coefficient of ±1 is left unwritten, 0 is written ("a column with no cost"). */
export function lpExpression(input: readonly LpTerm[], where = "expression"): string {
  const terms = input.length > 0 ? mergeTerms(input) : [{ coef: 1, name: LP_ZERO }];
  let out = "";
  let line = 0;
  terms.forEach((t, k) => {
    const abs = Math.abs(t.coef);
    const body = abs === 1 ? checkedName(t.name) : `${numberText(abs, where)} ${checkedName(t.name)}`;
    const piece = k === 0 ? (t.coef < 0 ? `- ${body}` : body) : `${t.coef < 0 ? "-" : "+"} ${body}`;
    if (k > 0 && (k % TERMS_PER_LINE === 0 || line + piece.length > LINE_CHARACTERS)) {
      out += `\n   ${piece}`;
      line = piece.length + 3;
    } else {
      out += k > 0 ? ` ${piece}` : piece;
      line += piece.length + 1;
    }
  });
  return out;
}

function boundLine(b: LpBound): string {
  const name = checkedName(b.name);
  const lower = b.lower ?? 0;
  const where = `the bounds of ${name}`;
  if (b.upper === undefined)
    return lower === Number.NEGATIVE_INFINITY ? ` ${name} free` : ` ${name} >= ${numberText(lower, where)}`;
  if (lower === b.upper) return ` ${name} = ${numberText(lower, where)}`;
  return ` ${numberText(lower, where)} <= ${name} <= ${numberText(b.upper, where)}`;
}

function nameLines(names: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < names.length; k += NAMES_PER_LINE)
    out.push(
      ` ${names
        .slice(k, k + NAMES_PER_LINE)
        .map(checkedName)
        .join(" ")}`,
    );
  return out;
}

/**
 * The model as CPLEX LP text, ending in "End" and a newline. Pure: the same model gives the
 * same text, byte for byte. Throws `PlannerError` "invalid-lp" for a name the format cannot
 * read, a row name used twice, or a coefficient, right-hand side or bound that is NaN.
 *
 * @example
 * writeLp({
 *   sense: "maximize",
 *   objective: [{ coef: 2, name: "x0" }, { coef: 1, name: "x1" }],
 *   rows: [{ name: "once", terms: [{ coef: 1, name: "x0" }, { coef: 1, name: "x1" }], sense: "<=", rhs: 1 }],
 *   binaries: ["x0", "x1"],
 * });
 * // "Maximize\n obj: 2 x0 + x1 + 0 zero\nSubject To\n once: x0 + x1 <= 1\nBounds\n zero = 0\nBinaries\n x0 x1\nEnd\n"
 */
export function writeLp(program: LpProgram): string {
  const rowNames = new Set<string>();
  const rows = program.rows.map((r) => {
    if (rowNames.has(r.name)) throw new PlannerError("invalid-lp", r.name, `the row name "${r.name}" is used twice`);
    rowNames.add(r.name);
    return ` ${checkedName(r.name)}: ${lpExpression(r.terms, r.name)} ${r.sense} ${numberText(r.rhs, r.name)}`;
  });
  const lines = [
    program.sense === "maximize" ? "Maximize" : "Minimize",
    ` obj: ${lpExpression([...program.objective, { coef: 0, name: LP_ZERO }], "the objective")}`,
    "Subject To",
    ...rows,
    "Bounds",
    ` ${LP_ZERO} = 0`,
    ...(program.bounds ?? []).map(boundLine),
  ];
  if (program.binaries && program.binaries.length > 0) lines.push("Binaries", ...nameLines(program.binaries));
  if (program.generals && program.generals.length > 0) lines.push("Generals", ...nameLines(program.generals));
  lines.push("End", "");
  return lines.join("\n");
}
