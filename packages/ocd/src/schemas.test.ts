import { describe, expect, it } from "vitest";
import { validateOcd } from "./validate.js";

/**
 * Objects in the shapes pupa really writes (shared/interop/ocd.md: `add_document()` emits
 * `{note, date, links: [...]}`, `add_participant()` emits `entity_type` and pseudo-ids such as
 * `~{"name": "Audit Committee"}`, agenda `order` may be dotted), which the schemas must accept.
 */
const sources = [{ url: "https://democracy.manchester.gov.uk/mgCommitteeDetails.aspx?ID=144", note: "" }];
const pupaEvent = {
  _id: "a4c4c1e0-0c64-11ef-9b0b-0242ac120002",
  _type: "event",
  name: "Audit Committee",
  description: "",
  classification: "committee-meeting",
  start_date: "2026-02-10T10:00:00+00:00",
  end_date: "",
  all_day: false,
  status: "passed",
  location: { name: "Council Antechamber, Level 2, Town Hall Extension", note: "", coordinates: null },
  media: [
    {
      name: "Webcast",
      type: "video recording",
      date: "2026-02-10",
      offset: null,
      links: [{ media_type: "text/html", url: "https://manchester.public-i.tv/core/portal/webcast_interactive/1" }],
    },
  ],
  documents: [
    {
      note: "Agenda",
      date: "2026-02-02",
      links: [
        {
          url: "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909",
          media_type: "application/pdf",
          text: "",
        },
      ],
    },
  ],
  links: [],
  participants: [
    {
      name: "Audit Committee",
      entity_type: "organization",
      note: "host",
      organization_id: '~{"name": "Audit Committee"}',
    },
  ],
  agenda: [
    {
      description: "Minutes",
      order: "1",
      classification: [],
      subjects: [],
      notes: [],
      media: [],
      related_entities: [],
      extras: {},
    },
    {
      description: "Work Programme",
      order: "1.1.2",
      classification: ["report"],
      subjects: [],
      notes: ["The report of the Governance and Scrutiny Support Unit"],
      media: [],
      related_entities: [
        { name: "Basil Curley", entity_type: "person", note: "participant", person_id: '~{"name": "Basil Curley"}' },
      ],
      extras: {},
    },
  ],
  sources,
  extras: {},
  pupa_id: "manchester-4967",
};

describe("the OCD schemas", () => {
  it("accept pupa's real output shapes", () => {
    expect(validateOcd("event", pupaEvent)).toEqual([]);
    expect(
      validateOcd("organization", {
        _id: "x",
        _type: "organization",
        name: "Audit Committee",
        classification: "committee",
        parent_id: '~{"classification": "legislature"}',
        other_names: [],
        identifiers: [],
        contact_details: [],
        links: [],
        sources,
        extras: {},
      }),
    ).toEqual([]);
    expect(
      validateOcd("person", {
        name: "Basil Curley",
        other_names: [],
        identifiers: [],
        contact_details: [{ type: "email", value: "a@b.gov.uk", note: "", label: "" }],
        links: [],
        sources,
        extras: {},
      }),
    ).toEqual([]);
    expect(
      validateOcd("membership", {
        person_id: '~{"name": "Basil Curley"}',
        person_name: "Basil Curley",
        organization_id: '~{"name": "Audit Committee"}',
        role: "member",
        label: "",
        start_date: "2025",
        end_date: "",
        post_id: null,
        on_behalf_of_id: null,
        contact_details: [],
        links: [],
        extras: {},
      }),
    ).toEqual([]);
    expect(
      validateOcd("post", {
        label: "Chair",
        role: "chair",
        organization_id: "x",
        maximum_memberships: 1,
        start_date: "2025-05",
        end_date: "",
      }),
    ).toEqual([]);
  });

  it("refuse a time without its offset, a status outside the four, no source, an unknown classification", () => {
    expect(validateOcd("event", { ...pupaEvent, start_date: "2026-02-10T10:00:00" })).toEqual([
      expect.stringMatching(/^\/start_date: must match pattern/),
    ]);
    expect(validateOcd("event", { ...pupaEvent, status: "scheduled" })).toEqual([
      "/status: must be equal to one of the allowed values",
    ]);
    expect(validateOcd("event", { ...pupaEvent, sources: [] })).toEqual(["/sources: must NOT have fewer than 1 items"]);
    expect(validateOcd("event", { ...pupaEvent, location: { name: "Hall", url: "not a url" } })).toEqual([
      '/location/url: must match format "uri"',
    ]);
    expect(validateOcd("organization", { name: "Council", classification: "council", sources })).toContain(
      "/classification: must be equal to one of the allowed values",
    );
    expect(validateOcd("membership", { organization_id: "", start_date: "May 2025" })).toEqual([
      "/organization_id: must NOT have fewer than 1 characters",
      '/start_date: must match pattern "^([0-9]{4})?(-[0-9]{2}){0,2}$"',
    ]);
  });
});
