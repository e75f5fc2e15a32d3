import { Item } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { exampleWith, loadExample, meetingOn } from "../test/example.js";
import { frontSheetMarkdown } from "./front-sheet-markdown.js";

const today = "2023-01-06";

describe("frontSheetMarkdown", () => {
  const p = loadExample();
  const md = frontSheetMarkdown(p, meetingOn(p, "2023-01-16"), { today, withChecks: true });
  const lines = md.split("\n");

  it("heads the 16 January 2023 front sheet as the real one", () => {
    expect(lines.slice(0, 14).join("\n")).toMatchInlineSnapshot(`
      "# Children and Young People Scrutiny Commission

      London Borough of Hackney

      All Members of the Children and Young People Scrutiny Commission are requested to attend the meeting of the Commission to be held as follows:

      - **Date:** Monday 16 January 2023
      - **Time:** 7.00 pm
      - **Venue:** Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA
      - **Livestream:** [https://youtu.be/mO4tD64mIBk](<https://youtu.be/mO4tD64mIBk>)
      - **Contact:** Martin Bradford, 020 8356 3315, [martin.bradford@hackney.gov.uk](<mailto:martin.bradford@hackney.gov.uk>)

      The press and members of the public are welcome to attend in person or to watch the meeting through the livestream link above.
      "
    `);
  });

  it("times item 4, the CHSCP annual report, at 19.05 and notes the stated times that do not add up", () => {
    const agenda = lines.slice(lines.indexOf("## Agenda"));
    expect(agenda.join("\n")).toMatchInlineSnapshot(`
      "## Agenda

      All meetings are open to the public.

      1. Apologies for Absence

      2. Declarations of Interest

      3. Urgent Items / Order of Business

      4. **City & Hackney Safeguarding Children Partnership - Annual Report (19.05)** Pages 9–200

         To review the 2021/22 annual report of the City and Hackney Safeguarding Children Partnership.

         Attending: Jim Gamble, Independent Chair, City & Hackney Safeguarding Children Partnership; Rory McCallum, Senior Professional Adviser, City & Hackney Safeguarding Children Partnership

      5. **Unregistered Educational Settings - Review Update (19.50)** Pages 201–224

         To review an update from Hackney Education and City & Hackney Safeguarding Partnership on progress against the Commission's recommendations made in 2018.

         Attending: Katherine Cracknell, Head of Wellbeing and Education Safeguarding; Paul Senior, Director of Education and Inclusion; Jim Gamble, Independent Chair, City & Hackney Safeguarding Children Partnership; Rory McCallum, Senior Professional Adviser, City & Hackney Safeguarding Children Partnership

      6. **Outcome of School Exclusions - Review Update (20.20)** Pages 225–280

         To follow up the recommendations of the Commission's review, completed in December 2021 and approved by Cabinet in March 2022.

         Attending: Katherine Cracknell, Head of Wellbeing and Education Safeguarding; Paul Senior, Director of Education and Inclusion

      7. **Free School Meals (Childhood Food Poverty) (21.05)** Pages 281–290

         To note a letter to the Deputy Mayor and Cabinet member for Education, Young People and Children's Social Care on free school meal entitlements and the role of schools in addressing childhood food poverty.

         *Note: The programme states 21.10; the allotted minutes give 21.05.*

      8. **Work Programme - Update (21.10)** Pages 291–304

         To review and monitor the work programme for the remainder of 2022/23.

         Attending: Martin Bradford, Overview and Scrutiny Officer

         *Note: The programme states 21.15; the allotted minutes give 21.10.*

      9. **Minutes of the Previous Meeting (21.15)** Pages 305–320

         To note and approve the minutes of the previous meeting held on 30 November 2022.

         *Note: The programme states 21.20; the allotted minutes give 21.15.*

      10. Any Other Business

      The items are expected to finish at 21.15; the meeting is planned to close at 22.00.

      More about the Commission: [http://www.hackney.gov.uk/individual-scrutiny-commissions-children-and-young-people.htm](<http://www.hackney.gov.uk/individual-scrutiny-commissions-children-and-young-people.htm>)
      "
    `);
  });

  it("lists declarations in public form", () => {
    const nov = frontSheetMarkdown(p, meetingOn(p, "2022-11-30"), { today });
    expect(nov.split("\n").filter((l) => l.includes("Jo Macleod**"))).toEqual([
      "- **Jo Macleod**, item 6 (SEND Strategy). Other non-pecuniary interest: Governor at a primary school in Hackney and a parent of a child with SEND. May stay, take part and vote.",
    ]);
    expect(md).not.toContain("## Declarations of interest");
  });

  it("says a meeting moved or was cancelled before anything else", () => {
    const sep = frontSheetMarkdown(p, meetingOn(p, "2022-09-29"), { today });
    expect(sep).toContain("\n> **Moved from 8 September 2022.**\n");
    const cancelled = exampleWith((q) => {
      meetingOn(q, "2022-09-29").status = "cancelled";
    });
    expect(frontSheetMarkdown(cancelled, meetingOn(cancelled, "2022-09-29"), { today })).toContain(
      "\n> **This meeting has been cancelled.**\n\n> **Moved from 8 September 2022.**\n",
    );
  });

  it("escapes programme text so it cannot become markup, links or new list items", () => {
    const hostile = exampleWith((q) => {
      const item = q.items.find((i) => i.id === "chscp-annual-report-2022")!;
      item.title = "Report | *urgent* <img src=x onerror=alert(1)> [click](javascript:alert(1))";
      item.objective = "# Heading?\n- bullet?\n1. list?";
      q.commission.livestream = "javascript:alert(1)";
    });
    const out = frontSheetMarkdown(hostile, meetingOn(hostile, "2023-01-16"), { today });
    expect(out).toContain(
      "4. **Report \\| \\*urgent\\* \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) (19.05)** Pages 9–200",
    );
    expect(out).toContain("\n   \\# Heading? - bullet? 1. list?\n");
    expect(out).toContain("- **Livestream:** javascript:alert(1)\n");
    expect(out).not.toContain("](<javascript:");
  });

  it("indents the text under items numbered 10 and above to their marker", () => {
    const long = exampleWith((q) => {
      for (let n = 0; n < 4; n++) {
        q.items.push(Item.parse({ id: `extra-${n}`, title: `Extra ${n}`, objective: `Purpose ${n}.`, minutes: 5 }));
        meetingOn(q, "2023-01-16").agenda.push(`extra-${n}`);
      }
    });
    const out = frontSheetMarkdown(long, meetingOn(long, "2023-01-16"), { today });
    expect(out).toContain("\n13. **Extra 3 (21.30)**\n\n    Purpose 3.\n\n14. Any Other Business\n");
  });
});
