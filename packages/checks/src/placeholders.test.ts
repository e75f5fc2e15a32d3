import { indexProgramme, Programme, placeholder } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { checkProgramme } from "./check-programme.js";
import { placeholderFindings } from "./placeholders.js";

const programme = (venue: string, chair: string) =>
  Programme.parse({
    commission: {
      id: "health",
      name: "Health Scrutiny Committee",
      shortName: "Health",
      council: "Anytown Borough Council",
      municipalYear: "2025/26",
      venue,
      contact: { name: "A. Officer" },
    },
    members: [{ id: "chair", name: chair, role: "chair" }],
  });

describe("placeholderFindings", () => {
  it("notes each placeholder init left, naming its field, as a warning (check still passes)", () => {
    const p = programme(placeholder("the venue"), placeholder("the chair's name"));
    expect(placeholderFindings(indexProgramme(p))).toEqual([
      {
        severity: "warning",
        code: "placeholder",
        message:
          'commission.venue is still the placeholder "TO BE SET: the venue": write the real value before publishing',
      },
      {
        severity: "warning",
        code: "placeholder",
        message:
          'members[0].name is still the placeholder "TO BE SET: the chair\'s name": write the real value before publishing',
      },
    ]);
    const all = checkProgramme(p, { today: "2025-05-01" });
    expect(all.filter((f) => f.code === "placeholder")).toHaveLength(2);
    expect(all.some((f) => f.severity === "error")).toBe(false);
  });

  it("is silent once the values are real", () => {
    const p = programme("Anytown Town Hall", "Cllr Jo Bloggs");
    expect(placeholderFindings(indexProgramme(p))).toEqual([]);
  });
});
