import { INTEREST_ACTION_LABEL, interestAction, meetingAttendance, quorumRequired } from "@scrutineer/agenda";
import { shortDate } from "@scrutineer/dates";
import {
  Attendance,
  commissionLaw,
  Declaration,
  DispensationScope,
  interestKindLabel,
  type Meeting,
  Preparation,
  PreparationKind,
  RegulatoryMatter,
} from "@scrutineer/model";
import { startingAt } from "./item-form.js";
import type { Choice, FieldSpec, FieldValue, FormContext, FormSpec, FormTarget, FormValues } from "./types.js";
import { choice, choices, chosen, same, schemaErrors, textOf, typed, typedNumber, withoutEmpty } from "./values.js";

/**
 * The forms of what is recorded inside a meeting or an item: a meeting's attendance and each
 * declaration of interest (recorded on the night, with what the interest rules of
 * @scrutineer/agenda say as they apply), and an item's pieces of preparation.
 */

type AttendanceTarget = Extract<FormTarget, { kind: "attendance" }>;
type DeclarationTarget = Extract<FormTarget, { kind: "declaration" }>;
type PreparationTarget = Extract<FormTarget, { kind: "preparation" }>;

function meetingOf(id: string, context: FormContext): Meeting {
  const meeting = context.index.meetings.get(id);
  if (!meeting) throw new Error(`no meeting ${id}`);
  return meeting;
}

/** The commission's members and co-optees (on a meeting's date: those sitting that day): who attends and who declares. */
function membership(context: FormContext, date?: string): Choice[] {
  const { programme } = context.index;
  const { councillors, coOptees } =
    date === undefined
      ? { councillors: programme.members, coOptees: programme.coOptees }
      : context.index.membershipOn(date);
  return [...choices(councillors, (m) => m.name), ...choices(coOptees, (c) => `${c.name} (co-optee)`)];
}

// --- Attendance --------------------------------------------------------------------------------

const RECORDED_CHOICES: readonly Choice[] = [
  { value: "full", label: "everyone present is listed" },
  { value: "apologies-only", label: "apologies and substitutes only (everyone else was present)" },
];

/** The field of the substitute who sat in a member's place. */
const SUB = "sub:";

/**
 * The members a substitute may be recorded for: those sending apologies, and any the record
 * already has a substitute for (so a substitute is never dropped unseen).
 */
function replaceable(values: FormValues): string[] {
  const subs = Object.keys(values)
    .filter((k) => k.startsWith(SUB) && choice(values[k]))
    .map((k) => k.slice(SUB.length));
  return [...new Set([...chosen(values.apologies), ...subs])];
}

function attendanceFrom(values: FormValues): Record<string, unknown> {
  const recorded = choice(values.recorded) ?? "full";
  return {
    recorded,
    present: recorded === "apologies-only" ? [] : chosen(values.present),
    remote: chosen(values.remote),
    apologies: chosen(values.apologies),
    substitutes: replaceable(values).flatMap((member) => {
      const id = choice(values[`${SUB}${member}`]);
      return id ? [{ id, for: member }] : [];
    }),
  };
}

export const attendanceForm: FormSpec<AttendanceTarget> = {
  title: (target, context) => `Attendance at the meeting of ${shortDate(meetingOf(target.meeting, context).date)}`,

  initial(target, context) {
    const att = meetingOf(target.meeting, context).attendance;
    const values: Record<string, FieldValue> = {
      recorded: att?.recorded ?? "full",
      present: [...(att?.present ?? [])],
      remote: [...(att?.remote ?? [])],
      apologies: [...(att?.apologies ?? [])],
    };
    for (const s of att?.substitutes ?? []) values[`${SUB}${s.for}`] = s.id;
    return values;
  },

  fields(target, values, context) {
    const meeting = meetingOf(target.meeting, context);
    const everyone = membership(context, meeting.date);
    const initial = this.initial(target, context);
    const full = (choice(values.recorded) ?? "full") === "full";
    const fields: FieldSpec[] = [
      {
        kind: "choice",
        name: "recorded",
        label: "The minutes list",
        path: ["recorded"],
        options: startingAt(RECORDED_CHOICES, choice(initial.recorded)),
      },
    ];
    if (full)
      fields.push({
        kind: "multi",
        name: "present",
        label: "Present in the room",
        path: ["present"],
        options: everyone,
      });
    fields.push(
      { kind: "multi", name: "remote", label: "Connected remotely", path: ["remote"], options: everyone },
      { kind: "multi", name: "apologies", label: "Apologies", path: ["apologies"], options: everyone },
    );
    const substitutes = choices(context.index.programme.substitutes, (s) => s.name);
    if (substitutes.length > 0)
      for (const member of replaceable(values)) {
        const name = context.index.people.get(member)?.name ?? member;
        fields.push({
          kind: "choice",
          name: `${SUB}${member}`,
          label: `  Substitute for ${name}`,
          path: ["substitutes"],
          options: startingAt([{ value: "", label: "none" }, ...substitutes], choice(initial[`${SUB}${member}`])),
        });
      }
    // What the quorum rules (@scrutineer/agenda) make of the attendance as it stands.
    const parsed = Attendance.safeParse(attendanceFrom(values));
    if (parsed.success) {
      const who = meetingAttendance(context.index, { ...meeting, attendance: parsed.data });
      const remoteCounts = commissionLaw(context.index.programme.commission).remotePresent;
      const counted =
        (who?.inRoom.length ?? 0) + (who?.substitutes.length ?? 0) + (remoteCounts ? (who?.remote.length ?? 0) : 0);
      const needed = quorumRequired(context.index.programme, meeting.date);
      fields.push({
        kind: "note",
        name: "quorum",
        label: "Quorum",
        path: [],
        text: `${needed} needed; ${counted} counted (${remoteCounts ? "remote attendees count" : "remote attendees do not count"}${who?.substitutes.length ? ", substitutes in their members' places" : ""})`,
        tone: counted >= needed ? "good" : "warn",
      });
    }
    return fields;
  },

  submit(target, values, _initial, context) {
    const meeting = meetingOf(target.meeting, context);
    const record = attendanceFrom(values);
    const errors = schemaErrors(Attendance, record, this.fields(target, values, context));
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    const attendance = Attendance.parse(record);
    const empty =
      attendance.present.length +
        attendance.remote.length +
        attendance.apologies.length +
        attendance.substitutes.length ===
      0;
    if (empty && !meeting.attendance) return { kind: "unchanged" };
    if (!empty && same(attendance, meeting.attendance)) return { kind: "unchanged" };
    return {
      kind: "edit",
      edit: { type: "set-meeting", meeting: meeting.id, fields: { attendance: empty ? null : attendance } },
    };
  },
};

// --- A declaration of interest -------------------------------------------------------------------

type InterestKindValue = Declaration["kind"];
/** The kinds a council's code knows: Wales's members' code (SI 2008/788) has personal and prejudicial interests. */
const WELSH_KINDS: readonly InterestKindValue[] = ["personal", "prejudicial"];
const kindsFor = (context: FormContext): readonly InterestKindValue[] =>
  context.index.programme.commission.jurisdiction === "wales"
    ? WELSH_KINDS
    : Declaration.shape.kind.options.filter((k) => !WELSH_KINDS.includes(k));
/** The kinds offered, the council's own first; a declaration already of another kind keeps its own in the list. */
const kindChoices = (context: FormContext, current: string | undefined) => {
  const kinds = kindsFor(context);
  const all =
    current === undefined || kinds.includes(current as InterestKindValue)
      ? kinds
      : [...kinds, current as InterestKindValue];
  return all.map((k) => ({ value: k, label: interestKindLabel(k) }));
};
const FLAGS = [
  { value: "sensitive", label: "sensitive: its nature is never published" },
  { value: "publicMaySpeak", label: "the public may make representations on the item" },
];
const SCOPE_LABELS: Record<DispensationScope, string> = {
  representations: "make representations or give evidence only",
  participate: "take part but not vote",
  vote: "take part and vote",
};

function declarationFrom(values: FormValues): Record<string, unknown> {
  const flags = chosen(values.flags);
  const scope = choice(values.dispensation);
  // The items stay even when none is chosen: the schema says that at least one is needed.
  return {
    ...withoutEmpty({
      person: choice(values.person),
      kind: choice(values.kind),
      sensitive: flags.includes("sensitive"),
      nature: typed(values.nature),
      matter: choice(values.matter),
      publicMaySpeak: flags.includes("publicMaySpeak"),
      dispensation: scope
        ? withoutEmpty({ scope, grantedBy: typed(values.grantedBy), reference: typed(values.reference) })
        : undefined,
    }),
    items: chosen(values.items),
  };
}

export const declarationForm: FormSpec<DeclarationTarget> = {
  title(target, context) {
    const on = shortDate(meetingOf(target.meeting, context).date);
    return target.index === undefined ? `New declaration of interest on ${on}` : `Declaration of interest on ${on}`;
  },

  initial(target, context) {
    const d = target.index === undefined ? undefined : meetingOf(target.meeting, context).declarations[target.index];
    return {
      person: d?.person ?? "",
      items: [...(d?.items ?? [])],
      kind:
        d?.kind ?? (context.index.programme.commission.jurisdiction === "wales" ? "personal" : "other-non-pecuniary"),
      nature: textOf(d?.nature),
      flags: FLAGS.map((f) => f.value).filter((k) => d?.[k as "sensitive" | "publicMaySpeak"] === true),
      matter: d?.matter ?? "",
      dispensation: d?.dispensation?.scope ?? "",
      grantedBy: textOf(d?.dispensation?.grantedBy),
      reference: textOf(d?.dispensation?.reference),
    };
  },

  fields(target, values, context) {
    const meeting = meetingOf(target.meeting, context);
    const initial = this.initial(target, context);
    const agenda = context.index
      .numberedAgenda(meeting)
      .map((s) => ({ value: s.item.id, label: `${s.number} ${s.item.title}` }));
    // Those on the membership that day, and any substitute (who may declare in a member's place).
    const people = [
      ...membership(context, meeting.date),
      ...choices(context.index.programme.substitutes, (s) => `${s.name} (substitute)`),
    ];
    const fields: FieldSpec[] = [
      {
        kind: "choice",
        name: "person",
        label: "Who",
        path: ["person"],
        options: startingAt([{ value: "", label: "choose the member or co-optee" }, ...people], choice(initial.person)),
      },
      { kind: "multi", name: "items", label: "Agenda items", path: ["items"], options: agenda },
      {
        kind: "choice",
        name: "kind",
        label: "Kind of interest",
        path: ["kind"],
        options: startingAt(kindChoices(context, choice(initial.kind)), choice(initial.kind)),
      },
      {
        kind: "text",
        name: "nature",
        label: "Nature",
        path: ["nature"],
        hint: "as declared, e.g. Governor at a primary school",
      },
      { kind: "multi", name: "flags", label: "Also", path: ["sensitive"], options: FLAGS },
      {
        kind: "choice",
        name: "matter",
        label: "Matter considered",
        path: ["matter"],
        options: startingAt(
          [
            { value: "", label: "none of these" },
            ...RegulatoryMatter.options.map((m) => ({ value: m, label: `a ${m} matter` })),
          ],
          choice(initial.matter),
        ),
      },
      {
        kind: "choice",
        name: "dispensation",
        label: "Dispensation",
        path: ["dispensation", "scope"],
        options: startingAt(
          [
            { value: "", label: "none" },
            ...DispensationScope.options.map((s) => ({ value: s, label: SCOPE_LABELS[s] })),
          ],
          choice(initial.dispensation),
        ),
      },
    ];
    if (choice(values.dispensation))
      fields.push(
        { kind: "text", name: "grantedBy", label: "  Granted by", path: ["dispensation", "grantedBy"] },
        { kind: "text", name: "reference", label: "  Reference", path: ["dispensation", "reference"] },
      );
    // What the interest rules (@scrutineer/agenda) say of the declaration as it stands.
    const parsed = Declaration.safeParse(declarationFrom(values));
    if (parsed.success) {
      const { action, reason } = interestAction(parsed.data);
      const name = context.index.people.get(parsed.data.person)?.name ?? parsed.data.person;
      fields.push({
        kind: "note",
        name: "rules",
        label: "The rules say",
        path: [],
        text: `${name} ${INTEREST_ACTION_LABEL[action]}: ${reason}`,
        tone: action === "take-part-and-vote" ? "good" : "warn",
      });
    }
    return fields;
  },

  submit(target, values, initial, context) {
    const meeting = meetingOf(target.meeting, context);
    const record = declarationFrom(values);
    const errors = schemaErrors(Declaration, record, this.fields(target, values, context));
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    if (target.index !== undefined && same(values, initial)) return { kind: "unchanged" };
    const declarations = [...meeting.declarations] as unknown[];
    if (target.index === undefined) declarations.push(Declaration.parse(record));
    else declarations[target.index] = Declaration.parse(record);
    return {
      kind: "edit",
      edit: { type: "set-meeting", meeting: meeting.id, fields: { declarations: declarations as Declaration[] } },
    };
  },
};

// --- A piece of preparation ------------------------------------------------------------------------

const PREPARATION_LABELS: Record<PreparationKind, string> = {
  "site-visit": "site visit",
  "focus-group": "focus group",
  survey: "survey",
  consultation: "consultation",
  briefing: "briefing",
  scoping: "scoping",
  other: "other",
};

/** A piece of preparation in words: "site visit: Visit Family Nurse Partnership (10 Jan 2023)". */
export function preparationText(p: Preparation): string {
  return `${PREPARATION_LABELS[p.kind]}: ${p.description}${p.date ? ` (${shortDate(p.date, { weekday: false })})` : ""}`;
}

function itemOf(id: string, context: FormContext) {
  const item = context.index.items.get(id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

export const preparationForm: FormSpec<PreparationTarget> = {
  title(target, context) {
    const title = itemOf(target.item, context).title;
    return target.index === undefined ? `New preparation for ${title}` : `Preparation for ${title}`;
  },

  initial(target, context) {
    const p = target.index === undefined ? undefined : itemOf(target.item, context).preparation[target.index];
    return {
      kind: p?.kind ?? "briefing",
      description: textOf(p?.description),
      date: textOf(p?.date),
      leadWeeks: textOf(p?.leadWeeks),
    };
  },

  fields(target, _values, context) {
    const initial = this.initial(target, context);
    return [
      {
        kind: "choice",
        name: "kind",
        label: "Kind",
        path: ["kind"],
        options: startingAt(
          PreparationKind.options.map((k) => ({ value: k, label: PREPARATION_LABELS[k] })),
          choice(initial.kind),
        ),
      },
      { kind: "text", name: "description", label: "Description", path: ["description"] },
      { kind: "text", name: "date", label: "Date", path: ["date"], hint: "YYYY-MM-DD, if set" },
      {
        kind: "text",
        name: "leadWeeks",
        label: "Weeks before",
        path: ["leadWeeks"],
        hint: "at least this many weeks before the meeting (auto-plan)",
      },
    ];
  },

  submit(target, values, initial, context) {
    const item = itemOf(target.item, context);
    const record = withoutEmpty({
      kind: choice(values.kind),
      description: typed(values.description),
      date: typed(values.date),
      leadWeeks: typedNumber(values.leadWeeks),
    });
    const errors = schemaErrors(Preparation, record, this.fields(target, values, context));
    if (Object.keys(errors).length > 0) return { kind: "errors", errors };
    if (target.index !== undefined && same(values, initial)) return { kind: "unchanged" };
    const list = [...item.preparation];
    if (target.index === undefined) list.push(Preparation.parse(record));
    else list[target.index] = Preparation.parse(record);
    return { kind: "edit", edit: { type: "set-item", item: item.id, fields: { preparation: list } } };
  },
};

/** A declaration as a list shows it: "Jo Macleod: other non-pecuniary interest in 6 SEND Strategy". */
export function declarationText(d: Declaration, meeting: Meeting, context: FormContext): string {
  const name = context.index.people.get(d.person)?.name ?? d.person;
  const numbered = context.index.numberedAgenda(meeting);
  const items = d.items.map((id) => {
    const slot = numbered.find((s) => s.item.id === id);
    return slot ? `${slot.number} ${slot.item.title}` : id;
  });
  return `${name}: ${interestKindLabel(d.kind)} in ${items.join("; ")}${d.sensitive ? " (sensitive)" : ""}`;
}
