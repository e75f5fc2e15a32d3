import { generateSlots, isIsoDate, SlotRuleError, workingCalendar } from "@scrutineer/deadlines";
import { dateFlag, parseFlags } from "../io/args.js";
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
      },
      "slots",
    );
    if (positionals.length || values.rule === undefined || values.year === undefined) {
      throw new UsageError(`usage: ${USAGE}`);
    }
    if (
      !/^\d{4}\/\d{2}$/.test(values.year) ||
      (Number(values.year.slice(0, 4)) + 1) % 100 !== Number(values.year.slice(5))
    ) {
      throw new UsageError(
        `--year ${values.year}: expected a municipal year written with two consecutive years, e.g. 2024/25`,
      );
    }
    if (values.start !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.start)) {
      throw new UsageError(`--start ${values.start}: expected a 24-hour time written HH:MM, e.g. 19:00`);
    }
    const skip = (values.skip ?? []).map(skipFlag);
    const closed = (values.closed ?? []).map((d) => dateFlag(d, "--closed"));
    let plan: ReturnType<typeof generateSlots>;
    try {
      plan = generateSlots({
        rule: values.rule,
        municipalYear: values.year,
        ...(values.start ? { start: values.start } : {}),
        skip,
        calendar: workingCalendar({ extraNonWorkingDays: closed }),
      });
    } catch (error) {
      if (error instanceof SlotRuleError) throw new UsageError(`--rule "${values.rule}": ${error.message}`);
      throw error;
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `${plan.rule}  →  RRULE:${plan.rrule}`,
      `${plan.municipalYear} (${plan.from} to ${plan.to}): ${plan.slots.length} meeting${plan.slots.length === 1 ? "" : "s"}, Europe/London time`,
      ...plan.slots.map((s) => {
        const weekend = s.label.startsWith("Sat") || s.label.startsWith("Sun") ? "  ⚠ weekend" : "";
        return `  ${s.label.padEnd(16)} ${s.start} ${s.utcOffset === "+00:00" ? "GMT" : "BST"}${weekend}`;
      }),
    ];
    if (plan.skipped.length) {
      lines.push("skipped:", ...plan.skipped.map((s) => `  ${s.date}  ${s.reason}`));
    }
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
