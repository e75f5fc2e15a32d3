import { describe, expect, it } from "vitest";
import { exampleWith, loadExample, meetingOn } from "../test/example.js";
import { workProgrammeMarkdown } from "./work-programme-markdown.js";

const today = "2023-01-06";

describe("workProgrammeMarkdown", () => {
  const md = workProgrammeMarkdown(loadExample(), { today, withChecks: true });
  const lines = md.split("\n");

  it("opens with the title, date and key", () => {
    expect(lines.slice(0, 5).join("\n")).toMatchInlineSnapshot(`
      "# Children and Young People Scrutiny Commission: work programme 2022/23

      London Borough of Hackney. As at Friday 6 January 2023.

      **Key:** **confirmed** · *to be scoped* (confirmed but to be scoped) · TBC (to be confirmed). The status column says the same in words. "Stated" dates are those set in the programme; "computed" dates follow the rules: agenda dispatch at the latest lawful date, 5 clear working days before the meeting (Local Government Act 1972 s100B), and the papers deadline 3 working days before dispatch."
    `);
  });

  it("shows the September meeting moved from 8 September 2022, with stated and computed deadlines", () => {
    const from = lines.indexOf("## Meeting 2: Thursday 29 September 2022 (moved from 8 September 2022)");
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from, from + 12).join("\n")).toMatchInlineSnapshot(`
      "## Meeting 2: Thursday 29 September 2022 (moved from 8 September 2022)

      - **Papers deadline:** Tuesday 30 August 2022 (stated; 3 working days before dispatch gives Thursday 15 September 2022)
      - **Agenda dispatch:** Wednesday 21 September 2022 (stated)
      - **Time allotted:** 150 of 180 minutes

      | Item and scrutiny objective | Minutes | Officers | Preparatory work | Status |
      | --- | --- | --- | --- | --- |
      | **Recruitment & Retention of Foster Carers** — To review the progress of the Commission's recommendations contained in an earlier review, and to assess the local offer to in-house foster carers. | 75 | Diane Benjamin, Director of Children's Social Care; Laura Bleaney, Head of Corporate Parenting; Korinna Steele, Head of Fostering Placements; Hackney Foster Carer Council representatives | Consultation with in-house foster carers (31 August 2022); Survey to all in-house foster carers | confirmed |
      | **School Exam Results 2022** — A brief verbal update on the performance of young people at GCSE and A Level in Hackney. | 20 | Annie Gammon, Director of Education and Head of HLT |  | confirmed |
      | **Demographics of EHCPs in Hackney** — Data for the past 3 years (age group, ethnic group, originating setting): children with EHCPs, new EHCPs granted, EHCP requests, requests for assessment refused, and assessments that do not result in an EHCP. | 40 | Joe Wilson, Head of SEND; Annie Gammon, Director of Education and Head of HLT |  | confirmed |
      | **Work programme 2022/23** — To continue discussions on future work programme items for 2022/23. | 10 | Martin Bradford, Overview and Scrutiny Officer |  | confirmed |"
    `);
  });

  it("summarises every meeting in the at-a-glance table", () => {
    const head = lines.indexOf("| Meeting | Papers deadline | Agenda dispatch | Items (minutes) |");
    expect(lines.slice(head + 2, head + 10).map((l) => l.split(" | ")[0])).toEqual([
      "| Monday 11 July 2022",
      "| Thursday 29 September 2022 (moved from 8 September 2022)",
      "| Monday 31 October 2022",
      "| Wednesday 30 November 2022",
      "| Monday 16 January 2023",
      "| Monday 27 February 2023",
      "| Monday 20 March 2023",
      "| Monday 17 April 2023",
    ]);
  });

  it("ends with the possible items noted for 2023/24", () => {
    const from = lines.indexOf("## Possible items noted for 2023/24");
    expect(lines.slice(from).join("\n")).toMatchInlineSnapshot(`
      "## Possible items noted for 2023/24

      | No. | Item | Scrutiny objective | Status |
      | --: | --- | --- | --- |
      | 1 | School Admissions | A review of the local school admissions system and its disparities. What variations among local schools? Does the admissions system generate inequities? | TBC |
      | 2 | Residential Placements | Commissioning of residential placements for looked after children: longer-term need, and joint provision with other boroughs rather than reliance on a distant private sector of variable quality. | TBC |
      | 3 | Graduated SEND provision within schools | How the graduated response, supporting more children in school without an Education, Health and Care Plan, works in practice, and whether all schools take up the local SEND offer. | TBC |
      "
    `);
  });

  it("marks Cabinet Q&A topics, cancelled meetings, and keeps pipes inside their cells", () => {
    const p = exampleWith((q) => {
      meetingOn(q, "2023-02-27").status = "cancelled";
      q.items.find((i) => i.id === "cabinet-qa-woodley")!.cabinetQA!.topics = ["Parks | play"];
    });
    const out = workProgrammeMarkdown(p, { today });
    expect(out).toContain(
      "## Meeting 6: Monday 27 February 2023 (cancelled)\n\n> **This meeting has been cancelled.**",
    );
    const row = out.split("\n").find((l) => l.startsWith("| **Cabinet Q&A - Cllr Woodley**"))!;
    expect(row).toContain(
      "Topics: (1) Parks \\| play. Topics notified Tuesday 3 January 2023 (due by Monday 16 January 2023).",
    );
    // Five cells: six unescaped pipes.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
  });
});
