import {
  CoOptee,
  Councillor,
  newId,
  PEOPLE_GROUP_LABELS,
  PEOPLE_SCHEMAS,
  PERSON_FIELD_LABELS,
  PeopleGroup,
} from "@scrutineer/model";
import { capital, startingAt } from "./item-form.js";
import type { FieldSpec, FormContext, FormSpec, FormTarget, FormValues } from "./types.js";
import { changedFields, choice, schemaErrors, textOf, typed, typedList, withoutEmpty } from "./values.js";

/**
 * A person's form: which list they are on (members, co-optees, substitutes, officers and
 * guests, Cabinet members: chosen for a new person, fixed after), their name, and the fields of
 * that list (a member's role and term, a co-optee's votes, a substitute's council, an officer's
 * title, a Cabinet member's portfolio, the dates they cannot attend). A new person gets an id made from their name.
 */

type PersonTarget = Extract<FormTarget, { kind: "person" }>;
type Person = { id: string; name: string } & Record<string, unknown>;

/** What each list's people have besides a name, as the form asks for them. */
const GROUP_FIELDS: Record<PeopleGroup, readonly string[]> = {
  members: ["role", "from", "until"],
  coOptees: ["represents", "voting", "from", "until"],
  substitutes: ["represents"],
  officers: ["title", "organisation", "unavailable"],
  cabinetMembers: ["portfolio", "unavailable"],
};

const ROLE_LABELS: Record<string, string> = { chair: "Chair", "vice-chair": "Vice-Chair", member: "member" };
const VOTING_LABELS: Record<string, string> = {
  none: "does not vote",
  education: "votes on education matters",
  full: "votes on every item",
};

function groupOf(target: PersonTarget, values: FormValues): PeopleGroup {
  return target.group ?? (PeopleGroup.safeParse(choice(values.group)).data as PeopleGroup | undefined) ?? "members";
}

function personOf(target: PersonTarget, context: FormContext): Person | undefined {
  if (target.person === undefined || target.group === undefined) return undefined;
  return (context.index.programme[target.group] as Person[]).find((p) => p.id === target.person);
}

function recordFrom(values: FormValues, group: PeopleGroup, id: string): Record<string, unknown> {
  const record: Record<string, unknown> = { id, name: typed(values.name) };
  for (const key of GROUP_FIELDS[group])
    record[key] =
      key === "unavailable"
        ? typedList(values[key])
        : key === "role" || key === "voting"
          ? choice(values[key])
          : typed(values[key]);
  return withoutEmpty(record);
}

export const personForm: FormSpec<PersonTarget> = {
  title(target, context) {
    const person = personOf(target, context);
    if (person && target.group) return `Edit ${PEOPLE_GROUP_LABELS[target.group].one}: ${person.name}`;
    return "New person";
  },

  initial(target, context) {
    const person = personOf(target, context);
    const values: Record<string, string> = {
      group: target.group ?? "members",
      name: textOf(person?.name),
      role: String(person?.role ?? "member"),
      voting: String(person?.voting ?? "none"),
    };
    for (const key of ["represents", "title", "organisation", "portfolio", "from", "until"])
      values[key] = textOf(person?.[key]);
    values.unavailable = ((person?.unavailable as string[] | undefined) ?? []).join(", ");
    return values;
  },

  fields(target, values, context) {
    const group = groupOf(target, values);
    const initial = this.initial(target, context);
    const person = personOf(target, context);
    const fields: FieldSpec[] = [];
    if (person)
      fields.push({
        kind: "note",
        name: "id",
        label: "Id",
        path: [],
        text: `${person.id}, one of the ${PEOPLE_GROUP_LABELS[group].list}`,
      });
    else
      fields.push({
        kind: "choice",
        name: "group",
        label: "On the list of",
        path: [],
        options: PeopleGroup.options.map((g) => ({ value: g, label: PEOPLE_GROUP_LABELS[g].list })),
      });
    fields.push({
      kind: "text",
      name: "name",
      label: capital(PERSON_FIELD_LABELS.name!),
      path: ["name"],
      hint: group === "members" || group === "cabinetMembers" ? "e.g. Cllr Sophie Conway" : undefined,
    } as FieldSpec);
    for (const key of GROUP_FIELDS[group]) {
      const labelText = capital(PERSON_FIELD_LABELS[key] ?? key);
      if (key === "role")
        fields.push({
          kind: "choice",
          name: key,
          label: labelText,
          path: [key],
          options: startingAt(
            Councillor.shape.role.unwrap().options.map((r) => ({ value: r, label: ROLE_LABELS[r] ?? r })),
            choice(initial.role),
          ),
        });
      else if (key === "voting")
        fields.push({
          kind: "choice",
          name: key,
          label: labelText,
          path: [key],
          options: startingAt(
            CoOptee.shape.voting.unwrap().options.map((v) => ({ value: v, label: VOTING_LABELS[v] ?? v })),
            choice(initial.voting),
          ),
        });
      else
        fields.push({
          kind: "text",
          name: key,
          label: labelText,
          path: [key],
          ...(key === "unavailable" ? { hint: "dates YYYY-MM-DD, separated by commas" } : {}),
          ...(key === "from" || key === "until" ? { hint: "YYYY-MM-DD; empty: the whole year" } : {}),
          ...(key === "represents" && group === "substitutes" ? { hint: "e.g. Harrogate Borough Council" } : {}),
        });
    }
    if (!person) {
      const name = typed(values.name);
      if (name)
        fields.push({
          kind: "note",
          name: "id",
          label: "Id",
          path: [],
          text: `${newId(name, new Set(context.index.people.keys()), { person: true })} (made from the name; it never changes)`,
        });
    }
    return fields;
  },

  submit(target, values, _initial, context) {
    const group = groupOf(target, values);
    const person = personOf(target, context);
    const fields = this.fields(target, values, context);
    const id =
      person?.id ??
      newId(typed(values.name) ?? "", new Set(context.index.people.keys()), { person: true, fallback: "person" });
    const record = recordFrom(values, group, id);
    const schema = PEOPLE_SCHEMAS[group];
    const errors = schemaErrors(schema, record, fields);
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    if (!person) return { kind: "edit", edit: { type: "add-person", group, person: record } as never };
    const after = schema.parse(record) as Record<string, unknown>;
    const changed = changedFields(person, after, ["name", ...GROUP_FIELDS[group]]);
    if (Object.keys(changed).length === 0) return { kind: "unchanged" };
    return { kind: "edit", edit: { type: "set-person", group, person: person.id, fields: changed } as never };
  },
};
