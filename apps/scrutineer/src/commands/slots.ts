import { isIsoDate, isWallTime, LONDON } from "@scrutineer/dates";
import { generateSlots, meetingsBlock, SlotRuleError, workingCalendar } from "@scrutineer/deadlines";
import { MunicipalYear, plural } from "@scrutineer/model";
import { countFlag, dateFlag, parseFlags } from "../io/args.js";
import type { Command } from "../io/context.js";
import { UsageError } from "../io/errors.js";
import { catalogue } from "./catalogue.js";

const USAGE = catalogue.slots.usage;

/** `--skip 2024-07-22..2024-09-02` or a single day `--skip 2024-12-23`. */
function skipFlag(value: string): { from: string; to: string } {
  const parts = value.split("..");
  const from = parts[0] ?? "";
  const to = parts[1] ?? from;
  if (parts.length > 2 || !isIsoDate(from) || !isIsoDate(to)) {
    throw new UsageError(`--skip ${value}: expected FROM..TO as YYYY-MM-DD..YYYY-MM-DD (or one date)`);
  }
  if (to < from) throw new UsageError(`--skip ${value}: the range ends before it starts`);
  return { from, to };
}

export const slots: Command = {
  ...catalogue.slots,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        rule: { type: "string" },
        year: { type: "string" },
        start: { type: "string" },
        skip: { type: "string", multiple: true },
        closed: { type: "string", multiple: true },
        json: { type: "boolean", default: false },
        format: { type: "string" },
        "papers-days": { type: "string" },
        "clear-days": { type: "string" },
      },
      "slots",
    );
    if (positionals.length || values.rule === undefined || values.year === undefined) {
      throw new UsageError(`usage: ${USAGE}`);
    }
    // The programme file's own rule, years included (the bank-holiday sources cover them).
    const year = MunicipalYear.safeParse(values.year);
    if (!year.success)
      throw new UsageError(`--year ${values.year}: ${year.error.issues[0]?.message ?? "expected 2024/25"}`);
    if (values.start !== undefined && !isWallTime(values.start)) {
      throw new UsageError(`--start ${values.start}: expected a 24-hour time written HH:MM, e.g. 19:00`);
    }
    const format = values.format ?? (values.json ? "json" : "text");
    if (format !== "text" && format !== "json" && format !== "yaml")
      throw new UsageError(`--format ${values.format}: expected text, json or yaml`);
    const skip = (values.skip ?? []).map(skipFlag);
    const closed = (values.closed ?? []).map((d) => dateFlag(d, "--closed"));
    const calendar = workingCalendar({ extraNonWorkingDays: closed });
    let plan: ReturnType<typeof generateSlots>;
    try {
      plan = generateSlots({
        rule: values.rule,
        municipalYear: values.year,
        ...(values.start ? { start: values.start } : {}),
        skip,
        calendar,
      });
    } catch (error) {
      if (error instanceof SlotRuleError) throw new UsageError(`--rule "${values.rule}": ${error.message}`);
      throw error;
    }
    if (format === "json") {
      io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
      return 0;
    }
    if (format === "yaml") {
      // A block to paste under a programme's top level; the deadlines in its comments follow the
      // rules given here (the programme's commission.deadlines should say the same).
      io.stdout(
        meetingsBlock(plan, {
          calendar,
          clearDays: countFlag(values["clear-days"], "--clear-days", 5),
          papersWorkingDaysBeforeDispatch: countFlag(values["papers-days"], "--papers-days", 3),
        }),
      );
      return 0;
    }
    const lines = [
      `${plan.rule}  →  RRULE:${plan.rrule}`,
      `${plan.municipalYear} (${plan.from} to ${plan.to}): ${plural(plan.slots.length, "meeting")}, ${LONDON} time`,
      ...plan.slots.map((s) => {
        const weekend = s.label.startsWith("Sat") || s.label.startsWith("Sun") ? "  ⚠ weekend" : "";
        // A start the clocks skip or repeat that night says what was done (RFC 5545 §3.3.5).
        const note = s.note ? `  ⚠ ${s.note}` : "";
        return `  ${s.label.padEnd(16)} ${s.start} ${s.utcOffset === "+00:00" ? "GMT" : "BST"}${weekend}${note}`;
      }),
    ];
    if (plan.skipped.length) {
      lines.push("skipped:", ...plan.skipped.map((s) => `  ${s.date}  ${s.reason}`));
    }
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
