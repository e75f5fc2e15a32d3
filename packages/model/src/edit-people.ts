import { shortDate } from "@scrutineer/dates";
import { type Document, isMap, type YAMLMap } from "yaml";
import type * as z from "zod";
import { PEOPLE_GROUPS, root } from "./edit-document.js";
import { ProgrammeEditError } from "./errors.js";
import { PEOPLE_GROUP_LABELS } from "./field-labels.js";
import { PEOPLE_SCHEMAS, type PeopleGroup, type ProgrammeEdit } from "./programme-edit.js";
import { checkRecord, recordNode, writeFields } from "./record-fields.js";
import { asBlockList, setYamlField, yamlIds, yamlMapById, yamlSeq, yamlValue } from "./yaml-nodes.js";

/**
 * The edits of people (members, co-optees, substitutes, officers and guests, Cabinet members) on the
 * programme's YAML document: adding, changing and removing them. Everyone shares one set of
 * ids, as the programme's index does.
 */

type EditOf<T extends ProgrammeEdit["type"]> = Extract<ProgrammeEdit, { type: T }>;

function personMap(doc: Document, group: PeopleGroup, id: string): YAMLMap {
  const found = yamlMapById(yamlSeq(root(doc), group), id);
  if (!found)
    throw new ProgrammeEditError(
      "unknown-person",
      id,
      `nobody among the ${PEOPLE_GROUP_LABELS[group].list} has the id "${id}"`,
    );
  return found;
}

/** A new person at the end of their list, checked by that list's schema; the list is made if the file has none. */
export function addPerson(doc: Document, edit: EditOf<"add-person">): void {
  const schema = PEOPLE_SCHEMAS[edit.group];
  const record = checkRecord(
    schema as z.ZodType<{ id: string }>,
    edit.person,
    `the new ${PEOPLE_GROUP_LABELS[edit.group].one}`,
  );
  for (const group of PEOPLE_GROUPS)
    if (yamlMapById(yamlSeq(root(doc), group), record.id))
      throw new ProgrammeEditError("duplicate-id", record.id, `someone already has the id "${record.id}"`);
  const node = recordNode(doc, schema, record);
  const list = yamlSeq(root(doc), edit.group);
  if (list) asBlockList(list).items.push(node);
  else {
    const before = ["commission", ...PEOPLE_GROUPS.slice(0, PEOPLE_GROUPS.indexOf(edit.group))].reverse();
    setYamlField(doc, root(doc), edit.group, doc.createNode([node]), before);
  }
}

/** Some fields of a person, each checked by their list's schema. */
export function setPerson(doc: Document, edit: EditOf<"set-person">): void {
  const schema = PEOPLE_SCHEMAS[edit.group];
  const person = personMap(doc, edit.group, edit.person);
  const settable = Object.keys(schema.shape).filter((k) => k !== "id");
  writeFields(doc, person, schema, edit.fields, `${String(yamlValue(person.get("name", true)))}`, settable);
}

/** Where a person is named in the programme, in words ("the officers of School Admissions"). */
function mentions(doc: Document, id: string): string[] {
  const out: string[] = [];
  for (const item of yamlSeq(root(doc), "items")?.items ?? []) {
    if (!isMap(item)) continue;
    const title = String(yamlValue(item.get("title", true)));
    if (yamlIds(yamlSeq(item, "officers")).includes(id)) out.push(`the officers of ${title}`);
    const qa = item.get("cabinetQA", true);
    if (isMap(qa) && yamlValue(qa.get("cabinetMember", true)) === id) out.push(`the Cabinet Q&A of ${title}`);
  }
  for (const meeting of yamlSeq(root(doc), "meetings")?.items ?? []) {
    if (!isMap(meeting)) continue;
    const date = shortDate(String(yamlValue(meeting.get("date", true))), { weekday: false });
    const attendance = meeting.get("attendance", true);
    if (
      isMap(attendance) &&
      ["present", "remote", "apologies"].some((k) => yamlIds(yamlSeq(attendance, k)).includes(id))
    )
      out.push(`the attendance of ${date}`);
    else if (
      isMap(attendance) &&
      (yamlSeq(attendance, "substitutes")?.items ?? []).some(
        (s) => isMap(s) && (yamlValue(s.get("id", true)) === id || yamlValue(s.get("for", true)) === id),
      )
    )
      out.push(`the substitutes of ${date}`);
    for (const d of yamlSeq(meeting, "declarations")?.items ?? [])
      if (isMap(d) && yamlValue(d.get("person", true)) === id) out.push(`a declaration of interest on ${date}`);
  }
  for (const event of yamlSeq(root(doc), "events")?.items ?? [])
    if (isMap(event) && yamlIds(yamlSeq(event, "attendees")).includes(id))
      out.push(`the attendees of ${String(yamlValue(event.get("title", true)))}`);
  return out;
}

/** Remove a person from their list; refused while the programme names them anywhere (the message says where). */
export function deletePerson(doc: Document, edit: EditOf<"delete-person">): void {
  const person = personMap(doc, edit.group, edit.person);
  const named = mentions(doc, edit.person);
  if (named.length > 0) {
    const shown = named.slice(0, 3).join(", ") + (named.length > 3 ? ` and ${named.length - 3} more` : "");
    throw new ProgrammeEditError(
      "still-named",
      edit.person,
      `${String(yamlValue(person.get("name", true)))} is named in ${shown}: take them out there first`,
    );
  }
  const list = yamlSeq(root(doc), edit.group)!;
  list.items.splice(list.items.indexOf(person), 1);
}
