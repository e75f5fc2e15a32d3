/**
 * JSON Schemas of the Open Civic Data objects pupa writes, from shared/interop/ocd.md (distilled
 * from pupa `pupa/scrape/schemas/*.py`, Sep 2024). pupa's schemas are draft-03 and mark nothing
 * required ("omitting required in the schema asserts the field is optional"); these say the same
 * in JSON Schema draft-07 (which Ajv runs): no `required`, no `additionalProperties: false`,
 * draft-03's `type: [<string schema>, "date"]` (a Python date object or a string) read as the
 * string form, since JSON has no dates. Ajv with ajv-formats checks `format: "uri"`.
 */

const DRAFT = "http://json-schema.org/draft-07/schema#";

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or blank (pupa `fuzzy_date_string_blank`). */
const fuzzyDateBlank = { type: "string", pattern: "^([0-9]{4})?(-[0-9]{2}){0,2}$" } as const;
/** A fuzzy date or date-time; a time must carry its offset (pupa `fuzzy_datetime_string_blank`, OCDEP 101). */
const fuzzyDatetimeBlank = {
  type: "string",
  pattern: "^([0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))?)?$",
} as const;

const CONTACT_TYPES = ["address", "email", "url", "fax", "text", "voice", "video", "pager", "textphone"];

const contactDetails = {
  type: "array",
  items: {
    type: "object",
    properties: {
      type: { type: "string", enum: CONTACT_TYPES },
      value: { type: "string", minLength: 1 },
      note: { type: "string" },
      label: { type: "string" },
    },
  },
} as const;
const identifiers = {
  type: "array",
  items: { type: "object", properties: { identifier: { type: "string", minLength: 1 }, scheme: { type: "string" } } },
} as const;
const otherNames = {
  type: "array",
  items: {
    type: "object",
    properties: {
      name: { type: "string", minLength: 1 },
      start_date: fuzzyDateBlank,
      end_date: fuzzyDateBlank,
      note: { type: "string" },
    },
  },
} as const;
const links = {
  type: "array",
  items: { type: "object", properties: { note: { type: "string" }, url: { type: "string", format: "uri" } } },
} as const;
const sources = {
  type: "array",
  minItems: 1,
  items: { type: "object", properties: { url: { type: "string", format: "uri" }, note: { type: "string" } } },
} as const;
const extras = { type: "object" } as const;

const media = {
  type: "array",
  items: {
    type: "object",
    properties: {
      name: { type: "string", minLength: 1 },
      type: { type: "string", minLength: 1 },
      date: fuzzyDateBlank,
      offset: { type: ["number", "null"] },
      links: {
        type: "array",
        items: {
          type: "object",
          properties: { media_type: { type: "string" }, url: { type: "string", format: "uri" } },
        },
      },
    },
  },
} as const;

/** pupa `schemas/event.py`. Documents: the schema's flat `{note, url, media_type, date}`, as pupa validates them. */
export const eventSchema = {
  $schema: DRAFT,
  $id: "https://opencivicdata.org/schemas/scrape/event.json",
  title: "Open Civic Data event (pupa scrape schema)",
  type: "object",
  properties: {
    name: { type: "string", minLength: 1 },
    all_day: { type: "boolean" },
    start_date: fuzzyDatetimeBlank,
    end_date: fuzzyDatetimeBlank,
    status: { type: "string", enum: ["cancelled", "tentative", "confirmed", "passed"] },
    classification: { type: "string", minLength: 1 },
    description: { type: "string" },
    location: {
      type: "object",
      properties: {
        name: { type: "string", minLength: 1 },
        note: { type: "string" },
        url: { type: ["string", "null"], format: "uri" },
        coordinates: {
          type: ["object", "null"],
          properties: {
            latitude: { type: "string", minLength: 1 },
            longitude: { type: "string", minLength: 1 },
          },
        },
      },
    },
    media,
    documents: {
      type: "array",
      items: {
        type: "object",
        properties: {
          note: { type: "string", minLength: 1 },
          url: { type: "string", minLength: 1 },
          media_type: { type: "string", minLength: 1 },
          date: fuzzyDateBlank,
        },
      },
    },
    links,
    participants: {
      type: "array",
      items: {
        type: "object",
        properties: {
          name: { type: "string", minLength: 1 },
          type: { type: "string", enum: ["organization", "person"] },
          note: { type: "string", minLength: 1 },
        },
      },
    },
    agenda: {
      type: "array",
      minItems: 0,
      items: {
        type: "object",
        properties: {
          description: { type: "string", minLength: 1 },
          classification: { type: "array", items: { type: "string", minLength: 1 } },
          order: { type: ["string", "null"] },
          subjects: { type: "array", items: { type: "string", minLength: 1 } },
          media,
          notes: { type: "array", items: { type: "string", minLength: 1 } },
          related_entities: {
            type: "array",
            minItems: 0,
            items: {
              type: "object",
              properties: {
                entity_type: { type: "string", minLength: 1 },
                name: { type: "string", minLength: 1 },
                note: { type: ["string", "null"], minLength: 1 },
              },
            },
          },
        },
      },
    },
    sources,
    extras,
    pupa_id: { type: ["string", "null"], minLength: 1 },
  },
} as const;

/** pupa `schemas/organization.py` (OCDEP 5). */
export const organizationSchema = {
  $schema: DRAFT,
  $id: "https://opencivicdata.org/schemas/scrape/organization.json",
  title: "Open Civic Data organization (pupa scrape schema)",
  type: "object",
  properties: {
    name: { type: "string", minLength: 1 },
    other_names: otherNames,
    identifiers,
    classification: {
      type: ["string", "null"],
      enum: [
        "legislature",
        "executive",
        "upper",
        "lower",
        "party",
        "committee",
        "commission",
        "corporation",
        "agency",
        "department",
        "judiciary",
        null,
      ],
    },
    parent_id: { type: ["string", "null"] },
    jurisdiction_id: { type: ["string", "null"] },
    division_id: { type: ["string", "null"] },
    founding_date: fuzzyDateBlank,
    dissolution_date: fuzzyDateBlank,
    image: { type: "string" },
    contact_details: contactDetails,
    links,
    sources,
    extras,
  },
} as const;

/** pupa `schemas/person.py`. */
export const personSchema = {
  $schema: DRAFT,
  $id: "https://opencivicdata.org/schemas/scrape/person.json",
  title: "Open Civic Data person (pupa scrape schema)",
  type: "object",
  properties: {
    name: { type: "string", minLength: 1 },
    other_names: otherNames,
    identifiers,
    sort_name: { type: "string" },
    family_name: { type: "string" },
    given_name: { type: "string" },
    gender: { type: "string" },
    birth_date: fuzzyDateBlank,
    death_date: fuzzyDateBlank,
    image: { type: "string" },
    summary: { type: "string" },
    biography: { type: "string" },
    national_identity: { type: "string" },
    contact_details: contactDetails,
    links,
    sources,
    extras,
  },
} as const;

/** pupa `schemas/membership.py`. */
export const membershipSchema = {
  $schema: DRAFT,
  $id: "https://opencivicdata.org/schemas/scrape/membership.json",
  title: "Open Civic Data membership (pupa scrape schema)",
  type: "object",
  properties: {
    label: { type: "string" },
    role: { type: "string" },
    person_id: { type: ["string", "null"] },
    person_name: { type: "string", minLength: 1 },
    organization_id: { type: "string", minLength: 1 },
    post_id: { type: ["string", "null"] },
    on_behalf_of_id: { type: ["string", "null"] },
    start_date: fuzzyDateBlank,
    end_date: fuzzyDateBlank,
    contact_details: contactDetails,
    links,
    extras,
    division_id: { type: ["string", "null"] },
    jurisdiction_id: { type: ["string", "null"] },
  },
} as const;

/** pupa `schemas/post.py`. */
export const postSchema = {
  $schema: DRAFT,
  $id: "https://opencivicdata.org/schemas/scrape/post.json",
  title: "Open Civic Data post (pupa scrape schema)",
  type: "object",
  properties: {
    label: { type: "string", minLength: 1 },
    role: { type: "string" },
    maximum_memberships: { type: "number" },
    organization_id: { type: "string", minLength: 1 },
    division_id: { type: ["string", "null"] },
    start_date: fuzzyDateBlank,
    end_date: fuzzyDateBlank,
    contact_details: contactDetails,
    links,
    extras,
  },
} as const;

/** Every OCD object type the exporter writes, with its schema. */
export const ocdSchemas = {
  event: eventSchema,
  organization: organizationSchema,
  person: personSchema,
  membership: membershipSchema,
  post: postSchema,
} as const;
/**
 * An Open Civic Data object type with a schema here: `"organization"`, `"person"`, `"membership"`, `"post"` or `"event"`.
 */
export type OcdType = keyof typeof ocdSchemas;
