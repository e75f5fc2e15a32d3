import { describe, expect, it } from "vitest";
import { findPlaceholders, isPlaceholder, PLACEHOLDER_MARK, placeholder } from "./placeholder.js";

describe("placeholders", () => {
  it("are marked text, found by the same mark", () => {
    expect(placeholder("the venue")).toBe("TO BE SET: the venue");
    expect(isPlaceholder(placeholder("the venue"))).toBe(true);
    expect(isPlaceholder("Hackney Town Hall")).toBe(false);
    expect(isPlaceholder(`The venue is ${PLACEHOLDER_MARK}`)).toBe(false);
    expect(isPlaceholder(42)).toBe(false);
  });

  it("are found anywhere in a value, with their paths, in document order", () => {
    const programme = {
      commission: { venue: placeholder("the venue"), contact: { name: placeholder("the contact's name") } },
      members: [
        { id: "chair", name: placeholder("the chair's name") },
        { id: "a", name: "Cllr A" },
      ],
    };
    expect(findPlaceholders(programme)).toEqual([
      { path: ["commission", "venue"], value: "TO BE SET: the venue" },
      { path: ["commission", "contact", "name"], value: "TO BE SET: the contact's name" },
      { path: ["members", 0, "name"], value: "TO BE SET: the chair's name" },
    ]);
    expect(findPlaceholders({ a: [1, "x", null] })).toEqual([]);
  });
});
