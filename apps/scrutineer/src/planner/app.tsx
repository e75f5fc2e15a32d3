import type { Solver } from "@scrutineer/planner";
import { Box, type Key, useInput } from "ink";
import { useMemo, useReducer } from "react";
import { Dialog, Footer, Header, type HelpGroup, HelpOverlay, StatusLine } from "./components/chrome.js";
import { FormScreen } from "./components/form-screen.js";
import { ColourContext, Line } from "./components/line.js";
import { ListScreen } from "./components/list-screen.js";
import { MeetingPane } from "./components/meeting-pane.js";
import { ReviewOverlay } from "./components/review-overlay.js";
import { BacklogPane, ChecksPane } from "./components/side-panes.js";
import { YearPane } from "./components/year-pane.js";
import { formFor } from "./forms/index.js";
import { useAutoplan } from "./hooks/use-autoplan.js";
import { useChecks } from "./hooks/use-checks.js";
import { type PlannerIo, useSideEffects } from "./hooks/use-side-effects.js";
import { useTerminalSize } from "./hooks/use-terminal-size.js";
import { actionFor, splitKeys } from "./input/keys.js";
import type { ExportContext } from "./jobs/exports.js";
import { listFor } from "./lists/index.js";
import {
  type Action,
  backlogIds,
  current,
  formContext,
  formFields,
  initialState,
  type PlannerInit,
  type PlannerState,
  programmeOf,
  reduce,
  selectedMeeting,
} from "./state/index.js";
import { layout, type Size } from "./view/layout.js";
import { backlogRows, meetingView, yearRows } from "./view/view-model.js";

export interface PlannerProps {
  init: PlannerInit;
  io: PlannerIo;
  /** The instant of start-up (ISO), for calendar exports. */
  now: string;
  colour?: boolean;
  /** Pin the terminal size (tests); otherwise the real one, following resizes. */
  size?: Size;
  /** The auto-planner's solver; by default HiGHS in a worker thread of the planner's own, so the screen stays live. */
  solver?: Solver;
}

type Event = Action | { type: "key"; input: string; key: Key };

/** Keys are resolved against the state they arrive in, so a burst of keys never reads a stale screen. */
function step(state: PlannerState, event: Event): PlannerState {
  if (event.type !== "key") return reduce(state, event);
  let next = state;
  for (const [input, key] of splitKeys(event.input, event.key)) {
    const action = actionFor(next, input, key);
    if (action) next = reduce(next, action);
  }
  return next;
}

const DIALOGS = new Set(["recover", "refused", "confirm-quit", "confirm-overwrite", "export", "confirm-delete"]);

export function Planner({ init, io, now, colour = true, size: fixed, solver }: PlannerProps) {
  // The first frame is drawn before the checks run; they fill in when ready (useChecks).
  const [state, dispatch] = useReducer(step, init, (i: PlannerInit) => initialState(i, { deferChecks: true }));
  const context: ExportContext = useMemo(() => ({ today: init.today, now }), [init.today, now]);
  useSideEffects(state, dispatch, io, context);
  useAutoplan(state, dispatch, solver);
  useChecks(state, dispatch);
  useInput((input, key) => dispatch({ type: "key", input, key }));
  const size = useTerminalSize(fixed);
  return (
    <ColourContext.Provider value={colour}>
      <PlannerScreen state={state} dispatch={dispatch} size={size} />
    </ColourContext.Provider>
  );
}

/** What a council folder adds around a committee's planner: its name in the header, its keys in the footer and help. */
export interface CouncilChrome {
  council: string;
  footer: readonly [string, string][];
  help: readonly HelpGroup[];
}

export interface PlannerScreenProps {
  state: PlannerState;
  /** Where the screen's own components (a form's fields) send their actions. */
  dispatch: (action: Action) => void;
  size: Size;
  council?: CouncilChrome;
}

/** The planner's screen for a state: the panes, or the form, list, dialog, help or proposal open over them. */
export function PlannerScreen({ state, dispatch, size, council }: PlannerScreenProps) {
  const snapshot = current(state);
  const programme = programmeOf(state);
  // Everything shown is read from the checks' report of this version: nothing is computed again here.
  const { report, index } = snapshot;
  const years = useMemo(() => yearRows(index, report), [index, report]);
  const backlog = useMemo(() => backlogRows(snapshot.index), [snapshot.index]);
  const meeting = selectedMeeting(state);
  const view = useMemo(() => (meeting ? meetingView(index, report, meeting) : undefined), [index, report, meeting]);

  const moving = state.mode.kind === "move" ? state.mode.target : undefined;
  const screen = layout(
    size,
    {
      year: years.length + (moving !== undefined ? 1 : 0),
      agenda: (view?.rows.length ?? 0) + 3,
      backlog: Math.max(1, backlogIds(state).length),
      checks: Math.max(1, snapshot.findings.length),
    },
    state.focus,
  );
  const w = screen.columns;

  let body: React.ReactNode;
  const mode = state.mode;
  if (mode.kind === "form" || mode.kind === "confirm-leave") {
    const context = formContext(state);
    body = (
      <FormScreen
        form={mode.form}
        fields={formFields(state, mode.form)}
        title={formFor(mode.form.target).title(mode.form.target, context)}
        width={w}
        rows={screen.body}
        active={mode.kind === "form"}
        dispatch={dispatch}
      />
    );
  } else if (mode.kind === "list") {
    const context = formContext(state);
    const spec = listFor(mode.list);
    body = (
      <ListScreen
        title={spec.title(mode.list, context)}
        header={spec.header(mode.list, context)}
        rows={spec.rows(mode.list, context)}
        footer={spec.footer(mode.list, context)}
        empty={spec.empty}
        cursor={mode.cursor}
        width={w}
        height={screen.body}
        active
      />
    );
  } else if (state.mode.kind === "help")
    body = <HelpOverlay width={w} rows={screen.body} scroll={state.mode.scroll} extra={council?.help ?? []} />;
  else if (DIALOGS.has(state.mode.kind)) body = <Dialog state={state} width={w} rows={screen.body} />;
  else if (state.mode.kind === "review")
    body = (
      <ReviewOverlay
        proposal={state.mode.proposal}
        cursor={state.mode.cursor}
        decisions={state.mode.decisions}
        width={w}
        rows={screen.body}
      />
    );
  else {
    const year = (
      <YearPane
        rows={years}
        selected={meeting?.id}
        focused={state.focus === "year" || moving !== undefined}
        width={screen.kind === "wide" ? screen.left : w}
        height={screen.year}
        backlogCount={backlog.length}
        {...(moving !== undefined ? { moveTarget: moving } : {})}
      />
    );
    const agenda = (
      <MeetingPane
        view={view}
        selected={state.item}
        focused={state.focus === "agenda"}
        width={screen.kind === "wide" ? screen.right : w}
        height={screen.agenda}
      />
    );
    const backlogPane = (
      <BacklogPane
        rows={backlog}
        selected={state.backlog}
        focused={state.focus === "backlog"}
        width={screen.kind === "wide" ? screen.left : w}
        height={screen.backlog}
      />
    );
    const checks = (
      <ChecksPane
        findings={snapshot.findings}
        checking={report === undefined}
        programme={programme}
        selected={state.check}
        focused={state.focus === "checks"}
        width={screen.kind === "wide" ? screen.right : w}
        height={screen.checks}
      />
    );
    if (screen.kind === "wide") {
      const divider = (rows: number) => (
        <Box flexDirection="column" width={1} flexShrink={0}>
          {Array.from({ length: rows }, (_, i) => (
            <Line key={i} width={1} segments={[{ text: "│", tone: "dim" }]} />
          ))}
        </Box>
      );
      body = (
        <Box flexDirection="column">
          <Box flexDirection="row">
            {year}
            {divider(screen.year + 1)}
            {agenda}
          </Box>
          <Box flexDirection="row">
            {backlogPane}
            {divider(screen.backlog + 1)}
            {checks}
          </Box>
        </Box>
      );
    } else
      body = (
        <Box flexDirection="column">
          {year}
          {agenda}
          {backlogPane}
          {checks}
        </Box>
      );
  }

  return (
    <Box flexDirection="column" width={w} height={screen.height}>
      <Header state={state} width={w} {...(council ? { council: council.council } : {})} />
      {/* Clipped vertically only: every line is already cut to the width, and clipping across made
          Ink slice every line of every frame again. */}
      <Box height={screen.body} flexDirection="column" overflowY="hidden">
        {body}
      </Box>
      <StatusLine state={state} width={w} />
      <Footer state={state} width={w} extra={council?.footer ?? []} />
    </Box>
  );
}
