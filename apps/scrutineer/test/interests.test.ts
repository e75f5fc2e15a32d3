import { describe, expect, it } from "vitest";
import { exampleWith, exampleWithSensitiveInterest, SECRET } from "./agenda-command.fixtures.js";
import { example, run } from "./helpers.js";

const COUNCILLORS = [
  "sophie-conway",
  "margaret-gordon",
  "midnight-ross",
  "caroline-selman",
  "sheila-suso-runge",
  "lynne-troughton",
];

describe("scrutineer interests on the real 30 Nov 2022 meeting", () => {
  it("prints attendance (present, remote not counted, apologies), declarations and quorum per item", async () => {
    const { code, stdout, stderr } = await run(["interests", example, "--meeting", "2022-11-30"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Children and Young People Scrutiny Commission · Wednesday 30 November 2022, 19.00");
    expect(stdout).toContain(
      "Present in the room (7): Cllr Sophie Conway (Chair), Cllr Margaret Gordon (Vice-Chair), Cllr Midnight Ross, Cllr Caroline Selman, Cllr Sheila Suso-Runge, Cllr Lynne Troughton, Salmah Kansara (co-optee)",
    );
    expect(stdout).toContain(
      "Remote (1), connected virtually: not counted for quorum, cannot vote: Jo Macleod (co-optee)",
    );
    expect(stdout).toContain("Apologies (3): Cllr Alastair Binnie-Lubbock, Cllr Anya Sizer, Richard Brown (co-optee)");
    expect(stdout).toContain(
      "Jo Macleod: other non-pecuniary interest in item 6 SEND Strategy: Governor at a primary school in Hackney and a parent of a child with SEND. → may take part and vote",
    );
    expect(stdout).toContain("6 SEND Strategy (education matter): quorate, 6 may vote");
    expect(stdout).toContain("Jo Macleod: may take part and vote, but attends remotely so cannot vote.");
    expect(lines.filter((l) => /^ {2}\d+ .*: quorate, 6 may vote$/.test(l))).toHaveLength(7);
  });

  it("prints the same as JSON with --json", async () => {
    const { code, stdout } = await run(["interests", example, "--meeting", "2022-11-30", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.meeting).toBe("2022-11-30");
    expect(json.attendance.recorded).toBe(true);
    expect(json.attendance.present.map((a: { id: string }) => a.id)).toEqual([...COUNCILLORS, "salmah-kansara"]);
    expect(json.attendance.remote).toEqual([
      { id: "jo-macleod", name: "Jo Macleod", kind: "co-optee", voting: "none" },
    ]);
    expect(json.attendance.apologies.map((a: { id: string }) => a.id)).toEqual([
      "alastair-binnie-lubbock",
      "anya-sizer",
      "richard-brown",
    ]);
    expect(json.quorumRule).toEqual({ required: 3, minVoting: 3, minFraction: 0.25, councillors: 10 });
    expect(json.items.map((i: { number: number }) => i.number)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    for (const item of json.items) {
      expect(item.quorum).toMatchObject({
        quorate: true,
        required: 3,
        voters: COUNCILLORS,
        remote: ["jo-macleod"],
        mustLeave: [],
      });
    }
    const send = json.items.find((i: { item: string }) => i.item === "send-strategy");
    expect(send.interests).toEqual([
      expect.objectContaining({ person: "jo-macleod", name: "Jo Macleod", action: "take-part-and-vote" }),
    ]);
    expect(send.interests[0]).not.toHaveProperty("declaration");
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["remote-not-counted"]);
  });

  it("says quorum cannot be evaluated where no attendance is recorded", async () => {
    const text = await run(["interests", example, "--meeting", "2023-01-16"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("No attendance recorded for this meeting: quorum cannot be evaluated.");
    expect(text.stdout).toContain("Declarations of interest\n  None recorded.");
    const json = JSON.parse((await run(["interests", example, "--meeting", "2023-01-16", "--json"])).stdout);
    expect(json.attendance.recorded).toBe(false);
    expect(json.items.every((i: { quorum: unknown }) => i.quorum === null)).toBe(true);
  });
});

describe("scrutineer interests on constructed meetings", () => {
  it("exits 1 and names the inquorate item when a member with a pecuniary interest must leave", async () => {
    // Only three councillors in the room on 16 Jan 2023; one has a disclosable pecuniary interest in item 6.
    const file = exampleWith((doc) => {
      const meetings = doc.get("meetings") as { items: { get(k: string): unknown }[] };
      const jan = meetings.items.findIndex((m) => m.get("id") === "2023-01");
      doc.setIn(
        ["meetings", jan, "attendance"],
        doc.createNode({ present: ["sophie-conway", "margaret-gordon", "midnight-ross"] }),
      );
      doc.setIn(
        ["meetings", jan, "declarations"],
        doc.createNode([
          {
            person: "midnight-ross",
            items: ["exclusions-review-update"],
            kind: "disclosable-pecuniary",
            nature: "Governor paid by an academy trust",
          },
        ]),
      );
    });
    const { code, stdout } = await run(["interests", file, "--meeting", "2023-01-16"]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "6 Outcome of School Exclusions - Review Update (education matter): INQUORATE: 2 may vote, 3 needed",
    );
    expect(stdout).toContain("      must leave: Cllr Midnight Ross");
    expect(stdout).toContain('error: Item 6 "Outcome of School Exclusions - Review Update" would be inquorate');
    expect(stdout).toContain(
      "5 Unregistered Educational Settings - Review Update (education matter): quorate, 3 may vote",
    );
  });

  it("finds an all-remote meeting inquorate on every item", async () => {
    const file = exampleWith((doc) => {
      const meetings = doc.get("meetings") as { items: { get(k: string): unknown }[] };
      const nov = meetings.items.findIndex((m) => m.get("id") === "2022-11");
      doc.setIn(["meetings", nov, "attendance"], doc.createNode({ remote: COUNCILLORS }));
    });
    const { code, stdout } = await run(["interests", file, "--meeting", "2022-11-30", "--json"]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(
      json.items.every(
        (i: { quorum: { quorate: boolean; voters: string[] } }) => !i.quorum.quorate && i.quorum.voters.length === 0,
      ),
    ).toBe(true);
    expect(json.findings.filter((f: { code: string }) => f.code === "item-inquorate")).toHaveLength(7);
  });
});

describe("scrutineer interests: bad input and privacy", () => {
  it("exits 2 for an unknown meeting date, listing the programme's dates", async () => {
    const { code, stderr } = await run(["interests", example, "--meeting", "2022-12-01"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "has no meeting with that date or id; its meetings are 2022-07-11 (2022-07), 2022-09-29 (2022-09)",
    );
    expect((await run(["interests", example])).code).toBe(2);
    expect((await run(["interests", example, "--meeting", "2022-11-30", "--jsn"])).code).toBe(2);
  });

  it("never prints a sensitive interest's nature, as text or JSON, but says it was declared", async () => {
    const file = exampleWithSensitiveInterest();
    for (const meeting of ["2022-11-30", "2023-01-16"])
      for (const flags of [[], ["--json"]]) {
        const { code, stdout, stderr } = await run(["interests", file, "--meeting", meeting, ...flags]);
        expect(stderr).toBe("");
        expect(code).toBeLessThan(2);
        expect(stdout).not.toContain(SECRET);
        expect(stdout).not.toContain("Secretco");
      }
    const { stdout } = await run(["interests", file, "--meeting", "2022-11-30"]);
    expect(stdout).toContain(
      "Cllr Caroline Selman: disclosable pecuniary interest in item 5 Children and Families - Budget Monitoring: not published (sensitive interest) → must leave the meeting",
    );
    // She leaves for item 5; five councillors remain, so it stays quorate.
    expect(stdout).toContain("5 Children and Families - Budget Monitoring: quorate, 5 may vote");
  });
});
