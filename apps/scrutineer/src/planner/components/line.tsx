import { Box, Text } from "ink";
import { createContext, useContext } from "react";
import { cells, cut, screenText } from "../view/text.js";
import type { Tone } from "../view/view-model.js";

/** Whether to colour: off under NO_COLOR (https://no-color.org) or a dumb terminal. */
export const ColourContext = createContext(true);

export interface Segment {
  text: string;
  tone?: Tone;
  bold?: boolean;
  /** Shown in reverse video (a prompt's value that the first key replaces). */
  selected?: boolean;
}

const COLOUR: Record<Tone, string | undefined> = {
  normal: undefined,
  dim: "gray",
  good: "green",
  warn: "yellow",
  bad: "red",
  accent: "cyan",
};

/** Segments cut to `width` cells (an ellipsis on the last) and padded to fill it; data's control characters shown. */
export function fitSegments(segments: readonly Segment[], width: number): Segment[] {
  const out: Segment[] = [];
  let used = 0;
  const clean = segments.map((s) => ({ ...s, text: screenText(s.text) }));
  const total = clean.reduce((n, s) => n + cells(s.text), 0);
  const over = total > width;
  for (const s of clean) {
    if (used >= width) break;
    const room = width - used - (over ? 1 : 0);
    const fitted = cut(s.text, room);
    if (fitted.text.length < s.text.length) {
      out.push({ ...s, text: `${fitted.text}…` });
      used += fitted.width + 1;
      break;
    }
    out.push(s);
    used += fitted.width;
  }
  if (used < width) out.push({ text: " ".repeat(width - used) });
  return out;
}

/** One screen line of exactly `width` cells: never wraps. */
export function Line({
  segments,
  width,
  selected = false,
}: {
  segments: readonly Segment[];
  width: number;
  selected?: boolean;
}) {
  const colour = useContext(ColourContext);
  return (
    <Box width={width} height={1} flexShrink={0}>
      <Text wrap="truncate-end" inverse={selected}>
        {fitSegments(segments, width).map((s, i) => {
          const c = colour ? COLOUR[s.tone ?? "normal"] : undefined;
          return (
            <Text
              key={i}
              {...(c ? { color: c } : {})}
              bold={s.bold ?? false}
              inverse={s.selected ?? false}
              dimColor={!colour && s.tone === "dim"}
            >
              {s.text}
            </Text>
          );
        })}
      </Text>
    </Box>
  );
}

/** `rows` lines: the given ones, then blanks. */
export function Lines({ lines, width, rows }: { lines: React.ReactNode[]; width: number; rows: number }) {
  const shown = lines.slice(0, rows);
  const blanks = Array.from({ length: Math.max(0, rows - shown.length) }, (_, i) => (
    <Line key={`blank-${i}`} segments={[]} width={width} />
  ));
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      {shown}
      {blanks}
    </Box>
  );
}
