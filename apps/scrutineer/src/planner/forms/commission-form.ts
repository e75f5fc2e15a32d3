import { COMMISSION_FIELD_LABELS, Commission, CommissionKind, Jurisdiction } from "@scrutineer/model";
import { capital, startingAt } from "./item-form.js";
import type { Choice, FieldSpec, FormSpec, FormTarget, FormValues } from "./types.js";
import { changedFields, choice, schemaErrors, textOf, typed, typedList, typedNumber, withoutEmpty } from "./values.js";

/**
 * The commission's own form: its names, what kind of body it is, council, jurisdiction and
 * year, usual venue and times, web addresses, the contact on every front sheet, the quorum
 * rule, remote attendance and the deadline rules. (Its order of business stays in the file.)
 */

type CommissionTarget = Extract<FormTarget, { kind: "commission" }>;

/** Each field: its value's name, where it goes in the record, how it is read, and how it is labelled. */
const FIELDS: readonly {
  name: string;
  path: [string] | [string, string];
  read: "text" | "number" | "dates" | "choice";
  label: string;
  hint?: string;
  options?: readonly Choice[];
}[] = [
  { name: "name", path: ["name"], read: "text", label: capital(COMMISSION_FIELD_LABELS.name) },
  { name: "shortName", path: ["shortName"], read: "text", label: capital(COMMISSION_FIELD_LABELS.shortName) },
  {
    name: "kind",
    path: ["kind"],
    read: "choice",
    label: capital(COMMISSION_FIELD_LABELS.kind),
    options: CommissionKind.options.map((k) => ({ value: k, label: `a ${k}` })),
  },
  { name: "council", path: ["council"], read: "text", label: capital(COMMISSION_FIELD_LABELS.council) },
  {
    name: "jurisdiction",
    path: ["jurisdiction"],
    read: "choice",
    label: capital(COMMISSION_FIELD_LABELS.jurisdiction),
    options: Jurisdiction.options.map((j) => ({ value: j, label: capital(j) })),
  },
  {
    name: "municipalYear",
    path: ["municipalYear"],
    read: "text",
    label: capital(COMMISSION_FIELD_LABELS.municipalYear),
    hint: "e.g. 2025/26",
  },
  { name: "venue", path: ["venue"], read: "text", label: capital(COMMISSION_FIELD_LABELS.venue) },
  { name: "start", path: ["start"], read: "text", label: capital(COMMISSION_FIELD_LABELS.start), hint: "HH:MM" },
  {
    name: "plannedEnd",
    path: ["plannedEnd"],
    read: "text",
    label: capital(COMMISSION_FIELD_LABELS.plannedEnd),
    hint: "HH:MM",
  },
  {
    name: "usualLength",
    path: ["usualLength"],
    read: "number",
    label: capital(COMMISSION_FIELD_LABELS.usualLength),
    hint: "minutes, when the papers give no end",
  },
  {
    name: "proceduralMinutes",
    path: ["proceduralMinutes"],
    read: "number",
    label: capital(COMMISSION_FIELD_LABELS.proceduralMinutes),
    hint: "before the first item",
  },
  {
    name: "livestream",
    path: ["livestream"],
    read: "text",
    label: capital(COMMISSION_FIELD_LABELS.livestream),
    hint: "https://…",
  },
  {
    name: "webpage",
    path: ["webpage"],
    read: "text",
    label: capital(COMMISSION_FIELD_LABELS.webpage),
    hint: "https://…",
  },
  { name: "contactName", path: ["contact", "name"], read: "text", label: "Contact's name" },
  { name: "contactPhone", path: ["contact", "phone"], read: "text", label: "  Phone" },
  { name: "contactEmail", path: ["contact", "email"], read: "text", label: "  Email" },
  {
    name: "minVoting",
    path: ["quorum", "minVoting"],
    read: "number",
    label: "Quorum: voting members",
    hint: "at least this many in the room",
  },
  {
    name: "minFraction",
    path: ["quorum", "minFraction"],
    read: "number",
    label: "  and share of councillors",
    hint: "e.g. 0.25",
  },
  {
    name: "remoteAttendance",
    path: ["remoteAttendance"],
    read: "choice",
    label: capital(COMMISSION_FIELD_LABELS.remoteAttendance),
    options: [
      { value: "", label: "as the jurisdiction says (England: not present; Wales, Scotland: present)" },
      { value: "present", label: "remote members are present: they count and vote" },
      { value: "not-present", label: "remote members are not present" },
    ],
  },
  {
    name: "papersDays",
    path: ["deadlines", "papersWorkingDaysBeforeDispatch"],
    read: "number",
    label: "Papers: working days",
    hint: "before dispatch",
  },
  {
    name: "clearDays",
    path: ["deadlines", "clearDays"],
    read: "number",
    label: "Clear days' notice",
    hint: "empty: the jurisdiction's (England 5, Wales 3, Scotland 3)",
  },
  { name: "cabinetWeeks", path: ["deadlines", "cabinetNoticeWeeks"], read: "number", label: "Cabinet notice: weeks" },
  {
    name: "closures",
    path: ["deadlines", "nonWorkingDays"],
    read: "dates",
    label: "Council closure days",
    hint: "dates YYYY-MM-DD, separated by commas",
  },
];

function recordFrom(values: FormValues, base: Commission): Record<string, unknown> {
  const record: Record<string, Record<string, unknown> | unknown> = {
    ...base,
    contact: {},
    quorum: {},
    deadlines: {},
  };
  for (const f of FIELDS) {
    const value =
      f.read === "number"
        ? typedNumber(values[f.name])
        : f.read === "dates"
          ? typedList(values[f.name])
          : f.read === "choice"
            ? choice(values[f.name])
            : typed(values[f.name]);
    if (f.path.length === 1) record[f.path[0]] = value;
    else (record[f.path[0]] as Record<string, unknown>)[f.path[1]] = value;
  }
  for (const key of ["contact", "quorum", "deadlines"])
    record[key] = withoutEmpty(record[key] as Record<string, unknown>);
  return withoutEmpty(record);
}

export const commissionForm: FormSpec<CommissionTarget> = {
  title: (_target, context) => `The commission: ${context.index.programme.commission.name}`,

  initial(_target, context) {
    const c = context.index.programme.commission as unknown as Record<string, Record<string, unknown>>;
    return Object.fromEntries(
      FIELDS.map((f) => {
        const value = f.path.length === 1 ? c[f.path[0]] : c[f.path[0]]?.[f.path[1]];
        return [f.name, Array.isArray(value) ? value.join(", ") : textOf(value)];
      }),
    );
  },

  fields(target, _values, context) {
    const initial = this.initial(target, context);
    return FIELDS.map(
      (f): FieldSpec =>
        f.options
          ? {
              kind: "choice",
              name: f.name,
              label: f.label,
              path: f.path,
              options: startingAt(f.options, choice(initial[f.name])),
            }
          : { kind: "text", name: f.name, label: f.label, path: f.path, ...(f.hint ? { hint: f.hint } : {}) },
    );
  },

  submit(target, values, _initial, context) {
    const before = context.index.programme.commission;
    const record = recordFrom(values, before);
    const errors = schemaErrors(Commission, record, this.fields(target, values, context));
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    const after = Commission.parse(record);
    const changed = changedFields(
      before as unknown as Record<string, unknown>,
      after,
      Object.keys(COMMISSION_FIELD_LABELS),
    );
    if (Object.keys(changed).length === 0) return { kind: "unchanged" };
    return { kind: "edit", edit: { type: "set-commission", fields: changed } };
  },
};
