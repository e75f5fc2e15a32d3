import { render } from "ink-testing-library";
import { hashSource } from "../src/io/journal.js";
import { Planner } from "../src/planner/app.js";
import type { PlannerIo } from "../src/planner/hooks/use-side-effects.js";
import type { Size } from "../src/planner/view/layout.js";
import { CHECKING } from "../src/planner/view/view-model.js";

/** The planner on `source` (9 Jan 2023), with an edge that writes nothing, for looking at its frames. */
export async function renderPlanner(source: string, size: Size, options: { colour?: boolean; ready: string }) {
  const io: PlannerIo = {
    diskHash: async () => hashSource(source),
    save: async (text) => hashSource(text),
    writeJournal: async () => undefined,
    writeExports: async (files) => files.map((f) => f.name),
    readIcalState: async () => undefined,
  };
  const app = render(
    <Planner
      init={{ file: "programme.yaml", source, baseHash: hashSource(source), today: "2023-01-09" }}
      io={io}
      now="2023-01-09T12:00:00Z"
      size={size}
      colour={options.colour ?? false}
    />,
  );
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // The first frames come before the checks have run: wait for the one showing `ready` with the
  // checks in (a loaded machine can take seconds; the wait ends as soon as it shows).
  const isReady = (frame: string) => frame.includes(options.ready) && !frame.includes(CHECKING);
  for (let i = 0; i < 2400 && !isReady(app.lastFrame() ?? ""); i++) await sleep(25);
  return {
    frame: () => app.lastFrame() ?? "",
    /** Type a key and wait for the frame it draws (a key that changes nothing waits 3 s at most). */
    async press(key: string) {
      const before = app.lastFrame();
      app.stdin.write(key);
      for (let i = 0; i < 120 && app.lastFrame() === before; i++) await sleep(25);
      await sleep(25);
    },
  };
}
