import { describe, expect, it } from "vitest";
import { itemInput, itemNoteLines, NOTE_PREFIX } from "./import-item.js";
import { AgendaItem } from "./records.js";
import type { ImportNote } from "./report.js";
import { modernGovSite } from "./site.js";

const site = modernGovSite("https://democracy.manchester.gov.uk");
const item = AgendaItem.parse({
  id: 18831,
  title: "Minutes",
  text: "To approve the minutes of the last meeting.",
  sortKey: 3,
  printedNumber: "3.",
  restricted: true,
  documents: [{ id: 7, title: "Minutes of 12 March", url: "https://democracy.manchester.gov.uk/m.pdf" }],
});

describe("an agenda item as a programme item", () => {
  it("keeps the printed number, restriction and papers as the importer's own note lines", () => {
    expect(itemNoteLines(item)).toEqual([
      `${NOTE_PREFIX}printed as item 3.`,
      `${NOTE_PREFIX}restricted: exempt information, not for publication`,
      `${NOTE_PREFIX}paper "Minutes of 12 March" https://democracy.manchester.gov.uk/m.pdf`,
    ]);
  });

  it("maps title, text and a procedural title, and reports what the programme cannot hold", () => {
    const report: Pick<ImportNote, "code" | "element">[] = [];
    const input = itemInput(
      item,
      "GetMeeting.xml",
      (code, _source, _message, element) => report.push({ code, element }),
      site,
    );
    expect(input).toEqual({
      id: `${site.key}-item-18831`,
      title: "Minutes",
      objective: "To approve the minutes of the last meeting.",
      procedural: true,
      notes: itemNoteLines(item).join("\n"),
    });
    expect(report.map((n) => n.element)).toEqual([
      "agendaitem[18831].fulldisplaynumberformat",
      "agendaitem[18831].isrestricted",
      "agendaitem[18831].linkeddoc[7].url",
    ]);
  });
});
