import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { InitForm } from "../src/init/form.js";
import type { Typed } from "../src/init/questions.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ENTER = "\r";
const ESC = "\u001b";

/** The form, with what it finished with. */
function form(given: Typed = {}) {
  const result: { done?: Typed; cancelled?: boolean } = {};
  const app = render(
    <InitForm
      given={given}
      today="2025-03-01"
      file="programme.yaml"
      onDone={(typed) => {
        result.done = typed;
      }}
      onCancel={() => {
        result.cancelled = true;
      }}
    />,
  );
  return {
    result,
    frame: () => app.lastFrame() ?? "",
    async type(text: string) {
      for (const ch of text) {
        app.stdin.write(ch);
        await sleep(5);
      }
      await sleep(40);
    },
    async press(key: string) {
      // Wait for the form to answer (a new frame), however loaded the machine, then for the next
      // field's input to start listening, so no key typed next is lost.
      const before = app.lastFrame();
      app.stdin.write(key);
      for (let i = 0; i < 200 && app.lastFrame() === before; i++) await sleep(10);
      await sleep(60);
    },
    async clear() {
      for (let i = 0; i < 60; i++) app.stdin.write("\u007f");
      await sleep(60);
    },
  };
}

describe("scrutineer init: the form (@inkjs/ui inputs)", () => {
  it("asks each question in turn, shows what an answer reads as, and confirms before writing", async () => {
    const f = form();
    await sleep(50);
    expect(f.frame()).toContain("Start a programme file: programme.yaml");
    expect(f.frame()).toContain("Council");
    await f.type("Anytown Borough Council");
    await f.press(ENTER);
    await f.type("Health Scrutiny Committee");
    await f.press(ENTER);
    // What it is called is read from its name, and the law is England's unless changed.
    expect(f.frame()).toContain("› committee");
    await f.press(ENTER);
    await f.press(ENTER);
    expect(f.frame()).toContain("Law: england  5 clear working days (LGA 1972 s100B)");
    // The year is offered: the one after today's (1 March 2025 is in 2024/25).
    expect(f.frame()).toContain("2025/26");
    await f.press(ENTER);
    // The rule is offered too; accepting it shows the meetings it gives.
    await f.press(ENTER);
    expect(f.frame()).toContain(
      "Meeting days: second Monday monthly except August  11 meetings, Mon 12 May 2025 to Mon 13 Apr 2026",
    );
    await f.press(ENTER); // 19:00
    expect(f.frame()).toContain("Usual start: 19:00  7.00 pm");
    await f.type("Committee Room 1, Town Hall");
    await f.press(ENTER);
    await f.press(ENTER); // no contact yet
    expect(f.frame()).toContain("Contact: (to be set)  left as a placeholder: the contact");
    await f.press(ENTER); // no email
    await f.type("Cllr Jo Bloggs");
    await f.press(ENTER);
    await f.type("Cllr Ali Khan, Cllr Sam Smith");
    await f.press(ENTER);
    expect(f.frame()).toContain("Write programme.yaml?");
    expect(f.result.done).toBeUndefined();
    await f.press("y");
    expect(f.result.done).toEqual({
      council: "Anytown Borough Council",
      name: "Health Scrutiny Committee",
      kind: "committee",
      jurisdiction: "england",
      year: "2025/26",
      rule: "second Monday monthly except August",
      start: "19:00",
      venue: "Committee Room 1, Town Hall",
      contact: "",
      email: "",
      chair: "Cllr Jo Bloggs",
      members: "Cllr Ali Khan, Cllr Sam Smith",
    });
  });

  it("shows what is wrong beside the field and stays there until it is right", async () => {
    const f = form({ council: "Anytown Borough Council", name: "Health Scrutiny Committee" });
    await sleep(50);
    await f.press(ENTER); // council, given as a flag
    await f.press(ENTER); // name
    await f.press(ENTER); // kind, from the name
    await f.press(ENTER); // law
    await f.clear();
    await f.type("2025-26");
    await f.press(ENTER);
    expect(f.frame()).toContain("✖ expected a municipal year written 2022/23");
    expect(f.frame()).not.toContain("Meeting days  ");
    await f.clear();
    await f.type("2025/26");
    await f.press(ENTER);
    expect(f.frame()).not.toContain("✖");
    await f.clear();
    await f.type("whenever");
    await f.press(ENTER);
    expect(f.frame()).toContain('✖ cannot read the rule "whenever"');
  });

  it("Esc cancels, and nothing is done", async () => {
    const f = form();
    await sleep(50);
    await f.press(ESC);
    expect(f.result).toEqual({ cancelled: true });
  });
});
