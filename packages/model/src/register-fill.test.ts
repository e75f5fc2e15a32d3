import { describe, expect, it } from "vitest";
import { formatProgrammeError, parseProgramme } from "./index.js";

const register = {
  councillors: [
    { id: "cllr-conway", name: "Cllr Sophie Conway", ward: "not a programme field" },
    { id: "cllr-gordon", name: "Cllr Margaret Gordon" },
  ],
  coOptees: [{ id: "richard-brown", name: "Richard Brown" }],
  officers: [{ id: "martin-bradford", name: "Martin Bradford", email: "martin.bradford@hackney.gov.uk" }],
  cabinetMembers: [{ id: "cllr-bramble", name: "Cllr Anntoinette Bramble", portfolio: "Education" }],
  commission: {
    council: "London Borough of Hackney",
    contact: { name: "Martin Bradford" },
    deadlines: { nonWorkingDays: ["2022-12-28"] },
  },
};

const source = `commission:
  id: cyp
  name: Children and Young People Scrutiny Commission
  shortName: CYP
  municipalYear: 2022/23
  venue: Council Chamber
  deadlines: { clearDays: 5 }
members:
  - { id: cllr-conway, role: chair }
  - cllr-gordon
coOptees: [richard-brown]
officers: [martin-bradford]
cabinetMembers: [cllr-bramble]
`;

describe("a programme in a council folder names people by register id", () => {
  it("fills names and the commission's council and contact from the register; the programme's own fields win", () => {
    const result = parseProgramme(source, "cyp.yaml", { register });
    expect(result.errors.map(formatProgrammeError)).toEqual([]);
    if (!result.ok) return;
    const p = result.programme;
    expect(p.members).toEqual([
      { id: "cllr-conway", name: "Cllr Sophie Conway", role: "chair" },
      { id: "cllr-gordon", name: "Cllr Margaret Gordon", role: "member" },
    ]);
    expect(p.coOptees[0]?.name).toBe("Richard Brown");
    // Only the fields an officer entry accepts are taken (no email in a programme's officers).
    expect(p.officers[0]).toEqual({ id: "martin-bradford", name: "Martin Bradford", unavailable: [] });
    expect(p.cabinetMembers[0]?.portfolio).toBe("Education");
    expect(p.commission.council).toBe("London Borough of Hackney");
    expect(p.commission.contact.name).toBe("Martin Bradford");
    // The programme's own deadlines keep what they say and take the council's closure days.
    expect(p.commission.deadlines.clearDays).toBe(5);
    expect(p.commission.deadlines.nonWorkingDays).toEqual(["2022-12-28"]);
  });

  it("names the file, line and column of an id the register does not hold, and the list it is in when elsewhere", () => {
    const bad = source
      .replace("- cllr-gordon", "- cllr-nobody")
      .replace("officers: [martin-bradford]", "officers: [cllr-conway]");
    const result = parseProgramme(bad, "cyp.yaml", { register });
    expect(result.errors.map(formatProgrammeError)).toEqual([
      "cyp.yaml:10:5: members[1]: no councillor with id cllr-nobody in council.yaml's register (add them there, or write their name here)",
      "cyp.yaml:12:12: officers[0]: cllr-conway is a councillor in council.yaml's register, not an officer",
    ]);
  });

  it("without a register, a programme naming people by id alone is refused as before (name is required)", () => {
    const result = parseProgramme(source, "cyp.yaml");
    expect(result.ok).toBe(false);
    expect(result.errors.some((e) => e.path === "members[0].name")).toBe(true);
  });
});
