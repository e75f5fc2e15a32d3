import type { Solver } from "@scrutineer/planner";
import { Box, type Key, useApp, useInput } from "ink";
import { useCallback, useEffect, useMemo, useReducer } from "react";
import { PlannerScreen } from "./app.js";
import { HelpOverlay } from "./components/chrome.js";
import {
  COMMITTEES_FOOTER,
  CommitteesScreen,
  CouncilFooter,
  CouncilHeader,
  CouncilQuitDialog,
  CouncilStatus,
  TIMELINE_FOOTER,
  TimelineScreen,
} from "./components/council-screens.js";
import { ColourContext } from "./components/line.js";
import { useAutoplan } from "./hooks/use-autoplan.js";
import { type PlannerIo, useSideEffects } from "./hooks/use-side-effects.js";
import { useTerminalSize } from "./hooks/use-terminal-size.js";
import { COMMITTEE_FOOTER, COUNCIL_HELP, councilActionFor } from "./input/council-keys.js";
import { splitKeys } from "./input/keys.js";
import type { ExportContext } from "./jobs/exports.js";
import {
  activeSlot,
  type CommitteeSlot,
  type CouncilAction,
  type CouncilInit,
  type CouncilState,
  councilInitialState,
  reduceCouncil,
} from "./state/council.js";
import type { Action, PlannerState } from "./state/index.js";
import { layout, type Size } from "./view/layout.js";

export interface CouncilPlannerProps {
  init: CouncilInit;
  /** The files of one committee: its programme, journal and exports (the command passes real ones, tests their own). */
  ioFor: (slot: CommitteeSlot) => PlannerIo;
  /** The instant of start-up (ISO), for calendar exports. */
  now: string;
  colour?: boolean;
  /** Pin the terminal size (tests); otherwise the real one, following resizes. */
  size?: Size;
  solver?: Solver;
}

type CouncilEvent = CouncilAction | { type: "key"; input: string; key: Key };

/** Keys are resolved against the state they arrive in, one by one, as in the planner. */
function councilStep(state: CouncilState, event: CouncilEvent): CouncilState {
  if (event.type !== "key") return reduceCouncil(state, event);
  let next = state;
  for (const [input, key] of splitKeys(event.input, event.key)) {
    const action = councilActionFor(next, input, key);
    if (action) next = reduceCouncil(next, action);
  }
  return next;
}

/**
 * One opened committee's effects (its journal, saving, exports, quitting, the auto-plan), kept
 * running while another committee is shown, so a save or an export started there finishes there.
 */
function CommitteeEffects(props: {
  id: string;
  state: PlannerState;
  dispatch: (event: CouncilEvent) => void;
  io: PlannerIo;
  context: ExportContext;
  solver: Solver | undefined;
}) {
  const { id, dispatch } = props;
  const own = useCallback((action: Action) => dispatch({ type: "planner", id, action }), [id, dispatch]);
  const closed = useCallback(() => dispatch({ type: "committee-closed", id }), [id, dispatch]);
  useSideEffects(props.state, own, props.io, props.context, closed);
  useAutoplan(props.state, own, props.solver);
  return null;
}

/** The planner on a council folder: the committees list, each committee's planner, the council timeline. */
export function CouncilPlanner({ init, ioFor, now, colour = true, size: fixed, solver }: CouncilPlannerProps) {
  const [state, dispatch] = useReducer(councilStep, init, councilInitialState);
  const { exit } = useApp();
  useInput((input, key) => dispatch({ type: "key", input, key }));
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);
  const context: ExportContext = useMemo(() => ({ today: init.today, now }), [init.today, now]);
  // One edge per committee, made once: its programme file, its journal, its exports folder.
  const ios = useMemo(() => new Map(state.committees.map((c) => [c.entry.id, ioFor(c)])), []);
  const size = useTerminalSize(fixed);
  const slot = activeSlot(state);
  const id = slot?.entry.id;
  const plannerDispatch = useCallback(
    (action: Action) => {
      if (id !== undefined) dispatch({ type: "planner", id, action });
    },
    [id],
  );

  const screen = layout(size, { year: 1, agenda: 1, backlog: 1, checks: 1 }, "year");
  const w = screen.columns;
  const effects = state.committees.flatMap((c) =>
    c.planner ? (
      <CommitteeEffects
        key={c.entry.id}
        id={c.entry.id}
        state={c.planner}
        dispatch={dispatch}
        io={ios.get(c.entry.id) as PlannerIo}
        context={context}
        solver={solver}
      />
    ) : (
      []
    ),
  );

  let content: React.ReactNode;
  if (slot?.planner && !state.timeline && state.mode.kind === "normal") {
    const focus = slot.planner.focus;
    content = (
      <PlannerScreen
        state={slot.planner}
        dispatch={plannerDispatch}
        size={size}
        council={{
          council: state.council.council,
          footer: focus === "year" ? COMMITTEE_FOOTER : COMMITTEE_FOOTER.filter(([k]) => k !== "Esc"),
          help: COUNCIL_HELP,
        }}
      />
    );
  } else {
    let body: React.ReactNode;
    if (state.mode.kind === "confirm-quit") body = <CouncilQuitDialog state={state} width={w} rows={screen.body} />;
    else if (state.mode.kind === "help")
      body = (
        <HelpOverlay width={w} rows={screen.body} scroll={state.mode.scroll} extra={COUNCIL_HELP} plannerKeys={false} />
      );
    else if (state.timeline) body = <TimelineScreen state={state} width={w} rows={screen.body} />;
    else body = <CommitteesScreen state={state} width={w} rows={screen.body} />;
    content = (
      <Box flexDirection="column" width={w} height={screen.height}>
        <CouncilHeader state={state} width={w} />
        <Box height={screen.body} flexDirection="column" overflow="hidden">
          {body}
        </Box>
        <CouncilStatus state={state} width={w} />
        <CouncilFooter
          entries={state.mode.kind !== "normal" ? [] : state.timeline ? TIMELINE_FOOTER : COMMITTEES_FOOTER}
          width={w}
        />
      </Box>
    );
  }
  return (
    <ColourContext.Provider value={colour}>
      {effects}
      {content}
    </ColourContext.Provider>
  );
}
