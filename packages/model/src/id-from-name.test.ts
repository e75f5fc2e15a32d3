import { describe, expect, it } from "vitest";
import { idFromName } from "./id-from-name.js";
import { Id } from "./primitives.js";

describe("idFromName", () => {
  it("writes a name as the example's ids are written", () => {
    expect(idFromName("Cllr Sophie Conway")).toBe("sophie-conway");
    expect(idFromName("Councillor Margaret Gordon")).toBe("margaret-gordon");
    expect(idFromName("Children and Young People Scrutiny Commission")).toBe(
      "children-and-young-people-scrutiny-commission",
    );
    expect(idFromName("Cllr Anntoinette Bramble (Deputy Mayor)")).toBe("anntoinette-bramble-deputy-mayor");
  });

  it("drops accents and keeps digits; gives the fallback when nothing is left", () => {
    expect(idFromName("Renée O'Brien")).toBe("renee-o-brien");
    expect(idFromName("Panel 2")).toBe("panel-2");
    expect(idFromName("—", "chair")).toBe("chair");
  });

  it("is always a valid id, however long or odd the name", () => {
    for (const name of ["x".repeat(300), "  A  B  ", "Ünïcödé Nàmé", "123", "a--b"])
      expect(Id.safeParse(idFromName(name)).success, name).toBe(true);
  });
});
