/**
 * WCAG 2.2 contrast ratio (success criterion 1.4.3, "contrast (minimum)": at least 4.5:1 for
 * body text), from the relative luminance of two sRGB colours written #rrggbb.
 */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`expected a colour written #rrggbb, got "${hex}"`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = Number.parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The published documents' colours, and every pair of them that text is drawn in. */
export const palette = {
  text: "#0b0c0c",
  background: "#ffffff",
  link: "#1d4f91",
  muted: "#505a5f",
  alert: "#a4001d",
  alertBackground: "#fbeaec",
  headerBackground: "#e8eef4",
  focus: "#ffdd00",
  rule: "#b1b4b6",
} as const;

export const textColourPairs: readonly { use: string; foreground: string; background: string }[] = [
  { use: "body text", foreground: palette.text, background: palette.background },
  { use: "column headers", foreground: palette.text, background: palette.headerBackground },
  { use: "links", foreground: palette.link, background: palette.background },
  { use: "stated/computed notes and footer", foreground: palette.muted, background: palette.background },
  { use: "to be scoped", foreground: palette.alert, background: palette.background },
  { use: "cancelled and moved notices", foreground: palette.text, background: palette.alertBackground },
  { use: "focused links and the skip link", foreground: palette.text, background: palette.focus },
];
