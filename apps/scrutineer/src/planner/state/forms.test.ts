import { parseProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { agendaOf, meetingOf, run, start } from "../../../test/planner-state.fixtures.js";
import { Journal } from "../../io/journal.js";
import type { FieldValue, FormTarget } from "../forms/index.js";
import {
  type Action,
  current,
  focusOrder,
  formFields,
  journalFor,
  type PlannerState,
  programmeOf,
  selectedItem,
  unsavedCount,
} from "./index.js";

/** The forms' reducer, action by action, without drawing anything. */

const open = (s: PlannerState, target: FormTarget) => run(s, { type: "form-open", target });
const type = (s: PlannerState, values: Record<string, FieldValue>) =>
  run(s, ...Object.entries(values).map(([name, value]): Action => ({ type: "form-field", name, value })));
const save = (s: PlannerState) => run(s, { type: "form-focus-to", at: "save" }, { type: "form-enter" });
const form = (s: PlannerState) => {
  if (s.mode.kind !== "form" && s.mode.kind !== "confirm-leave") throw new Error(`no form open: ${s.mode.kind}`);
  return s.mode.form;
};
const item = (s: PlannerState, id: string) => programmeOf(s).items.find((i) => i.id === id);
const fileOf = (s: PlannerState) => current(s).source;

describe("an item's form", () => {
  it("n on an agenda: a new item after the selected one, saved as one undoable edit, the cursor on it", () => {
    let s = run(
      start(),
      { type: "select-meeting", id: "2023-01" },
      { type: "open-meeting" },
      { type: "cursor", delta: 1 },
    );
    s = open(s, { kind: "item", at: { meeting: "2023-01", index: 2 } });
    expect(form(s).focus).toBe("title");
    s = type(s, { title: "School Meals", minutes: "30-45", officers: ["annie-gammon"], marks: ["education"] });
    // The id it will get is shown as it is typed.
    expect(formFields(s, form(s)).find((f) => f.name === "id")).toMatchObject({
      text: expect.stringMatching(/^school-meals /),
    });
    s = save(s);
    expect(s.mode.kind).toBe("normal");
    expect(agendaOf(s, "2023-01").slice(1, 4)).toEqual([
      "unregistered-settings-update",
      "school-meals",
      "exclusions-review-update",
    ]);
    expect(item(s, "school-meals")).toMatchObject({
      minutes: "30-45",
      officers: ["annie-gammon"],
      education: true,
      standing: false,
    });
    expect(selectedItem(s)).toBe("school-meals");
    expect(s.message?.text).toMatch(/^New item School Meals on 16 Jan 2023/);
    expect(run(s, { type: "undo" }).history.length).toBe(2);
    expect(agendaOf(run(s, { type: "undo" }), "2023-01")).not.toContain("school-meals");
  });

  it("keeps the form open with the schema's complaint beside each field it is about", () => {
    let s = open(start(), { kind: "item", at: "backlog" });
    s = type(s, { minutes: "forty", added: "2023-02-30", cqaTopic1: "Parks" });
    s = save(s);
    expect(s.mode.kind).toBe("form");
    const { errors, focus } = form(s);
    expect(errors.title).toBe("Title is required");
    expect(errors.minutes).toBe('expected minutes as a whole number (45) or a range ("30-45")');
    expect(errors.added).toMatch(/^expected a real date written YYYY-MM-DD/);
    // Topics without a Cabinet member are no Cabinet Q&A: nothing to complain of.
    expect(errors.cqaTopic1).toBeUndefined();
    expect(focus).toBe("title"); // the first field with a complaint
    expect(s.history.length).toBe(1);
    // Typing in a field takes its complaint away.
    expect(form(type(s, { title: "Youth Voice" })).errors.title).toBeUndefined();
  });

  it("e: changes only the fields that changed (title and officers), comments kept", () => {
    let s = open(start(), { kind: "item", item: "school-admissions-2022" });
    s = type(s, { title: "School Admissions and Places", officers: ["david-court"] });
    s = save(s);
    expect(current(s).edit).toEqual({
      type: "set-item",
      item: "school-admissions-2022",
      fields: { title: "School Admissions and Places", officers: ["david-court"] },
    });
    expect(fileOf(s)).toContain('    officers: [david-court] # "David Court TBC"');
    expect(s.message?.text).toMatch(/^Edit School Admissions: title and officers/);
  });

  it("sets up a Cabinet Q&A: the Cabinet member, three topics, the date they were told", () => {
    let s = open(start(), { kind: "item", item: "send-strategy" });
    s = type(s, {
      cqaMember: "caroline-woodley",
      cqaTopic1: "Early years",
      cqaTopic2: "Play",
      cqaTopic3: "Parks",
      cqaNotified: "2022-10-14",
    });
    s = save(s);
    expect(item(s, "send-strategy")?.cabinetQA).toEqual({
      cabinetMember: "caroline-woodley",
      topics: ["Early years", "Play", "Parks"],
      notified: "2022-10-14",
    });
    expect(s.message?.text).toMatch(
      /^Cabinet Q&A on SEND Strategy: Cllr Caroline Woodley on Early years, Play and Parks/,
    );
  });

  it("a form that changed nothing saves nothing; leaving with changes asks, and n drops them", () => {
    const first = start();
    let s = save(open(first, { kind: "item", item: "send-strategy" }));
    expect(s.history.length).toBe(1);
    expect(s.message?.text).toBe("Nothing changed");
    s = type(open(first, { kind: "item", item: "send-strategy" }), { title: "Other" });
    s = run(s, { type: "form-leave" });
    expect(s.mode.kind).toBe("confirm-leave");
    const dropped = run(s, { type: "form-leave-answer", answer: "discard" });
    expect(dropped.mode.kind).toBe("normal");
    expect(dropped.history.length).toBe(1);
    const kept = run(s, { type: "form-leave-answer", answer: "stay" });
    expect(form(kept).values.title).toBe("Other");
    const saved = run(s, { type: "form-leave-answer", answer: "save" });
    expect(item(saved, "send-strategy")?.title).toBe("Other");
  });

  it("a field reported again with the value it has is no change: the very same state comes back", () => {
    const s = type(open(start(), { kind: "item", at: "backlog" }), { title: "School Meals" });
    expect(type(s, { title: "School Meals" })).toBe(s);
    expect(type(s, { title: "School Meals!" })).not.toBe(s);
  });

  it("moves through the fields, the notes skipped, Save last; Enter on the preparation opens its list", () => {
    let s = open(start(), { kind: "item", item: "send-strategy" });
    const order = focusOrder(formFields(s, form(s)));
    expect(order[0]).toBe("title");
    expect(order.at(-1)).toBe("save");
    expect(order).not.toContain("id");
    s = run(s, { type: "form-focus", delta: -1 });
    expect(form(s).focus).toBe("title");
    s = run(s, { type: "form-focus", delta: order.indexOf("preparation") }, { type: "form-enter" });
    expect(s.mode).toMatchObject({ kind: "list", list: { kind: "preparation", item: "send-strategy" } });
    // Back from the list, the form is as it was.
    expect(run(s, { type: "cancel" }).mode.kind).toBe("form");
  });
});

describe("a meeting's form", () => {
  it("adds a meeting on a free slot of the year by the slot rule", () => {
    let s = open(start(), { kind: "meeting" });
    s = type(s, { rule: "second Monday monthly except August" });
    const slot = formFields(s, form(s)).find((f) => f.name === "slot");
    expect(slot?.kind === "choice" && slot.options.map((o) => o.value)).toContain("2022-12-12");
    s = save(type(s, { slot: "2022-12-12", venue: "Room 102" }));
    expect(meetingOf(s, "2022-12")).toMatchObject({ date: "2022-12-12", venue: "Room 102", dateConfirmed: false });
    expect(s.meetingId).toBe("2022-12");
  });

  it("says what is wrong with a rule, and with a date typed", () => {
    let s = open(start(), { kind: "meeting" });
    s = type(s, { rule: "whenever we like" });
    expect(formFields(s, form(s)).find((f) => f.name === "ruleProblem")).toBeDefined();
    s = save(type(s, { rule: "", date: "2023-02-31" }));
    expect(form(s).errors.date).toMatch(/^expected a real date/);
  });

  it("moves a meeting by its date and changes its venue and times in one edit", () => {
    let s = open(start(), { kind: "meeting", meeting: "2023-03" });
    s = save(type(s, { date: "2023-03-27", venue: "Room 1", start: "18:30" }));
    expect(meetingOf(s, "2023-03")).toMatchObject({
      date: "2023-03-27",
      movedFrom: "2023-03-20",
      venue: "Room 1",
      start: "18:30",
    });
    expect(s.history.length).toBe(2);
    s = save(type(open(s, { kind: "meeting", meeting: "2023-03" }), { start: "18.30" }));
    expect(form(s).errors.start).toBe('expected a 24-hour time written "HH:MM" in quotes (e.g. "19:00")');
  });
});

describe("people", () => {
  it("adds a co-optee who votes on education matters, and changes a member's role", () => {
    let s = open(start(), { kind: "person" });
    s = save(type(s, { group: "coOptees", name: "Ruth Ames", represents: "Diocese of London", voting: "education" }));
    expect(programmeOf(s).coOptees.at(-1)).toEqual({
      id: "ruth-ames",
      name: "Ruth Ames",
      represents: "Diocese of London",
      voting: "education",
    });
    s = save(type(open(s, { kind: "person", group: "members", person: "lee-laudat-scott" }), { role: "vice-chair" }));
    expect(programmeOf(s).members.find((m) => m.id === "lee-laudat-scott")?.role).toBe("vice-chair");
    expect(s.message?.text).toMatch(/^Edit Cllr Lee Laudat-Scott: role/);
  });
});

describe("the night: attendance and declarations", () => {
  it("records the attendance, then a declaration with what the interest rules say of it", () => {
    let s = open(start(), { kind: "attendance", meeting: "2023-01" });
    s = save(type(s, { present: ["sophie-conway", "margaret-gordon", "midnight-ross"], apologies: ["anya-sizer"] }));
    expect(meetingOf(s, "2023-01").attendance).toEqual({
      recorded: "full",
      present: ["sophie-conway", "margaret-gordon", "midnight-ross"],
      remote: [],
      apologies: ["anya-sizer"],
      substitutes: [],
    });
    // Written as the example writes it: the defaults left out.
    expect(fileOf(s)).not.toContain("recorded: full");
    s = open(s, { kind: "declaration", meeting: "2023-01" });
    s = type(s, {
      person: "margaret-gordon",
      items: ["fsm-letter"],
      kind: "disclosable-pecuniary",
      nature: "Runs a food bank",
    });
    const rules = formFields(s, form(s)).find((f) => f.name === "rules");
    expect(rules).toMatchObject({ text: expect.stringMatching(/^Cllr Margaret Gordon must leave the meeting: /) });
    s = save(s);
    expect(meetingOf(s, "2023-01").declarations).toEqual([
      {
        person: "margaret-gordon",
        items: ["fsm-letter"],
        kind: "disclosable-pecuniary",
        sensitive: false,
        nature: "Runs a food bank",
        publicMaySpeak: false,
      },
    ]);
    expect(s.message?.text).toMatch(
      /^Record Cllr Margaret Gordon's disclosable pecuniary interest in Free School Meals/,
    );
    const parsed = parseProgramme(fileOf(s));
    expect(parsed.ok).toBe(true);
  });

  it("records a substitute in a member's place, minutes listing apologies only; the quorum counts them", () => {
    let s = open(start(), { kind: "person" });
    s = save(type(s, { group: "substitutes", name: "Cllr Ian Rathbone", represents: "Labour group" }));
    expect(programmeOf(s).substitutes).toEqual([
      { id: "ian-rathbone", name: "Cllr Ian Rathbone", represents: "Labour group" },
    ]);
    s = open(s, { kind: "attendance", meeting: "2023-01" });
    s = type(s, { recorded: "apologies-only", apologies: ["anya-sizer", "sophie-conway"] });
    const names = formFields(s, form(s)).map((f) => f.name);
    // No "present" list when the minutes give apologies only; one substitute field per apology.
    expect(names).not.toContain("present");
    expect(names).toEqual(expect.arrayContaining(["sub:anya-sizer", "sub:sophie-conway"]));
    s = type(s, { "sub:anya-sizer": "ian-rathbone" });
    const quorum = formFields(s, form(s)).find((f) => f.name === "quorum");
    expect(quorum).toMatchObject({ text: expect.stringMatching(/substitutes in their members' places\)$/) });
    s = save(s);
    expect(meetingOf(s, "2023-01").attendance).toEqual({
      recorded: "apologies-only",
      present: [],
      remote: [],
      apologies: ["anya-sizer", "sophie-conway"],
      substitutes: [{ id: "ian-rathbone", for: "anya-sizer" }],
    });
    expect(s.message?.text).toMatch(/^Record the attendance at 16 Jan 2023: 2 apologies, 1 substitute/);
    // Named in an attendance, the substitute cannot be deleted; the list says where.
    const refused = run(
      s,
      { type: "ask-delete", edit: { type: "delete-person", group: "substitutes", person: "ian-rathbone" }, what: "x" },
      { type: "delete-answer", yes: true },
    );
    expect(refused.message?.text).toBe(
      "Cllr Ian Rathbone is named in the substitutes of 16 Jan 2023: take them out there first",
    );
    expect(programmeOf(refused).substitutes).toHaveLength(1);
  });

  it("offers a Welsh committee its code's kinds: personal, then personal and prejudicial (SI 2008/788)", () => {
    let s = save(type(open(start(), { kind: "commission" }), { kind: "committee", jurisdiction: "wales" }));
    s = open(s, { kind: "declaration", meeting: "2023-01" });
    const kinds = formFields(s, form(s)).find((f) => f.name === "kind");
    expect(kinds).toMatchObject({
      options: [
        { value: "personal", label: "personal interest" },
        { value: "prejudicial", label: "personal and prejudicial interest" },
      ],
    });
    s = type(s, { person: "margaret-gordon", items: ["fsm-letter"], kind: "prejudicial", nature: "Governor" });
    const rules = formFields(s, form(s)).find((f) => f.name === "rules");
    expect(rules).toMatchObject({ text: expect.stringMatching(/^Cllr Margaret Gordon must leave the meeting: /) });
    s = save(s);
    expect(meetingOf(s, "2023-01").declarations[0]).toMatchObject({ kind: "prejudicial" });
  });

  it("refuses a declaration naming no item, in the schema's words", () => {
    let s = open(start(), { kind: "declaration", meeting: "2023-01" });
    s = save(type(s, { person: "margaret-gordon", nature: "Something" }));
    expect(form(s).errors.items).toBe("name at least one agenda item the interest relates to");
  });
});

describe("the commission", () => {
  it("changes the usual venue and the contact's email", () => {
    let s = open(start(), { kind: "commission" });
    s = save(type(s, { venue: "Room 102, Hackney Town Hall", contactEmail: "scrutiny@hackney.gov.uk" }));
    expect(programmeOf(s).commission).toMatchObject({
      venue: "Room 102, Hackney Town Hall",
      contact: { name: "Martin Bradford", email: "scrutiny@hackney.gov.uk" },
    });
    s = save(type(open(s, { kind: "commission" }), { contactEmail: "not an email" }));
    expect(form(s).errors.contactEmail).toBe("expected an email address");
  });

  it("makes it a Welsh committee whose remote members are present: the law follows", () => {
    let s = open(start(), { kind: "commission" });
    const kinds = formFields(s, form(s)).find((f) => f.name === "kind");
    expect(kinds).toMatchObject({
      kind: "choice",
      options: expect.arrayContaining([{ value: "committee", label: "a committee" }]),
    });
    s = save(type(s, { kind: "committee", jurisdiction: "wales", remoteAttendance: "present", clearDays: "" }));
    expect(programmeOf(s).commission).toMatchObject({
      kind: "committee",
      jurisdiction: "wales",
      remoteAttendance: "present",
    });
    expect(programmeOf(s).commission.deadlines.clearDays).toBeUndefined();
    expect(s.message?.text).toMatch(
      /^Change the commission's kind of body, jurisdiction, remote attendance and deadline rules/,
    );
  });
});

describe("events", () => {
  it("E lists the events; n adds a site visit for an item, e changes its venue, in the officer's words", () => {
    let s = run(start(), { type: "list-open", list: { kind: "events" } }, { type: "list-new" });
    expect(form(s).target).toEqual({ kind: "event" });
    s = save(
      type(s, {
        title: "Visit Family Nurse Partnership",
        kind: "site-visit",
        date: "2023-01-10",
        items: ["fsm-letter"],
      }),
    );
    expect(s.mode.kind).toBe("list");
    expect(programmeOf(s).events).toEqual([
      expect.objectContaining({
        id: "visit-family-nurse-partnership",
        kind: "site-visit",
        items: ["fsm-letter"],
        public: false,
      }),
    ]);
    expect(s.message?.text).toMatch(/^New site visit Visit Family Nurse Partnership on 10 Jan 2023/);
    s = save(type(run(s, { type: "list-edit" }), { venue: "Hackney Service Centre", date: "10 Jan" }));
    expect(form(s).errors.date).toMatch(/YYYY-MM-DD/);
    s = save(type(s, { date: "2023-01-11" }));
    expect(programmeOf(s).events[0]).toMatchObject({ venue: "Hackney Service Centre", date: "2023-01-11" });
    expect(s.message?.text).toMatch(/^Change Visit Family Nurse Partnership: date and venue/);
  });
});

describe("what the forms make is journalled as every edit is", () => {
  it("a new substitute, a new item and the night's attendance: in the journal, replayed on the next start", () => {
    let s = save(type(open(start(), { kind: "person" }), { group: "substitutes", name: "Cllr Ian Rathbone" }));
    s = save(type(open(s, { kind: "item", at: "backlog" }), { title: "School Meals" }));
    s = save(
      type(open(s, { kind: "attendance", meeting: "2023-01" }), {
        recorded: "apologies-only",
        apologies: ["anya-sizer"],
        "sub:anya-sizer": "ian-rathbone",
      }),
    );
    // Through JSON and the journal's schema, as the file on disk is read back.
    const journal = Journal.parse(JSON.parse(JSON.stringify(journalFor(s))));
    expect(journal.edits.map((e) => e.type)).toEqual(["add-person", "add-item", "set-meeting"]);
    expect(journal.descriptions[2]).toBe("Record the attendance at 16 Jan 2023: 1 apology, 1 substitute");
    const again = run(start({ recovery: { kind: "offer", journal } }), { type: "recover", accept: true });
    expect(current(again).source).toBe(current(s).source);
    expect(unsavedCount(again)).toBe(3);
    expect(meetingOf(again, "2023-01").attendance?.substitutes).toEqual([{ id: "ian-rathbone", for: "anya-sizer" }]);
  });
});
