import type { ReferenceProblem } from "./cross-references.js";
import { CabinetMember, CoOptee, Councillor, Officer, Substitute } from "./people.js";

/**
 * A council's register of people, as a programme in a council folder uses it (issue 15): each
 * person is written once in council.yaml, with a stable id, and a programme names them by id.
 * Structural, so that `@scrutineer/council` (which owns council.yaml's schema) passes its
 * parsed register without this package knowing council.yaml.
 */
export interface RegisterFill {
  councillors: ReadonlyArray<{ readonly id: string }>;
  coOptees: ReadonlyArray<{ readonly id: string }>;
  officers: ReadonlyArray<{ readonly id: string }>;
  cabinetMembers: ReadonlyArray<{ readonly id: string }>;
  /** Fields the commission may leave out because the council states them once (council, jurisdiction, contact). */
  commission?: Readonly<Record<string, unknown>>;
}

type RegisterList = "councillors" | "coOptees" | "officers" | "cabinetMembers";

/** Each programme list, the register list it draws on, and the fields its schema accepts. */
const LISTS: ReadonlyArray<readonly [field: string, from: RegisterList, keys: ReadonlySet<string>]> = [
  ["members", "councillors", new Set(Object.keys(Councillor.shape))],
  ["coOptees", "coOptees", new Set(Object.keys(CoOptee.shape))],
  ["substitutes", "councillors", new Set(Object.keys(Substitute.shape))],
  ["officers", "officers", new Set(Object.keys(Officer.shape))],
  ["cabinetMembers", "cabinetMembers", new Set(Object.keys(CabinetMember.shape))],
];

const WORDS: Record<RegisterList, string> = {
  councillors: "a councillor",
  coOptees: "a co-optee",
  officers: "an officer",
  cabinetMembers: "a Cabinet member",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Fill a programme's plain data (before its schema runs) from a council's register, in place:
 * an entry of `members`, `coOptees`, `substitutes`, `officers` or `cabinetMembers` written as an
 * id (`- cllr-conway`) or as an object without a `name` (`- { id: cllr-conway, role: chair }`)
 * takes the register entry's fields that the list accepts; what the programme writes wins (a
 * role, a term). The commission takes `register.commission`'s fields it does not write itself
 * (and, in a map it writes in part, such as `deadlines`, the keys it leaves out).
 * Returns a problem (path, code `register-unknown-id`) for each id the register does not hold
 * in the right list, naming the list it is in when it is in another.
 */
export function fillFromRegister(data: unknown, register: RegisterFill): ReferenceProblem[] {
  if (!isRecord(data)) return [];
  const problems: ReferenceProblem[] = [];
  const byList = new Map<RegisterList, Map<string, Record<string, unknown>>>();
  for (const list of ["councillors", "coOptees", "officers", "cabinetMembers"] as const)
    byList.set(list, new Map(register[list].map((p) => [p.id, p as unknown as Record<string, unknown>])));
  if (register.commission && isRecord(data.commission)) {
    for (const [key, value] of Object.entries(register.commission)) {
      const own = data.commission[key];
      if (value === undefined) continue;
      if (!(key in data.commission)) data.commission[key] = value;
      // A map the programme writes in part (deadlines without nonWorkingDays) takes the rest.
      else if (isRecord(own) && isRecord(value))
        for (const [inner, v] of Object.entries(value)) if (!(inner in own)) own[inner] = v;
    }
  }
  for (const [field, from, keys] of LISTS) {
    const entries = data[field];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      const written = typeof entry === "string" ? { id: entry } : entry;
      if (!isRecord(written) || typeof written.id !== "string" || "name" in written) return;
      const person = byList.get(from)?.get(written.id);
      if (!person) {
        const other = [...byList].find(([, people]) => people.has(written.id as string))?.[0];
        problems.push({
          path: typeof entry === "string" ? [field, i] : [field, i, "id"],
          code: "register-unknown-id",
          message: other
            ? `${written.id} is ${WORDS[other]} in council.yaml's register, not ${WORDS[from]}`
            : `no ${WORDS[from].replace(/^an? /, "")} with id ${written.id} in council.yaml's register (add them there, or write their name here)`,
        });
        return;
      }
      const filled: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(person)) if (keys.has(key)) filled[key] = value;
      entries[i] = { ...filled, ...written };
    });
  }
  return problems;
}
