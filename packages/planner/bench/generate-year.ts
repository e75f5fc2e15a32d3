/**
 * Seeded random years for the planner's benches: `items` topics over `meetings` meetings of one
 * municipal year (2030/31), over-subscribed, with every kind of rule. The proportions are those
 * of the original 60 × 10 bench year, scaled with the number of items: per 60 items, 8 standing
 * items pinned to their month by window, 3 Cabinet Q&As needing six weeks' notice, 4 alongside
 * pairs, 6 items with preparation lead times and 5 with an earliest month; 12 officers (some
 * away on some dates) and 3 Cabinet members; about a third of the topics on an agenda already
 * (the current plan to keep, not always where the rules allow). `benchYear(seed)` is exactly the
 * year the 60 × 10 bench has always planned.
 */
import { Programme, type ProgrammeInput } from "@scrutineer/model";

/** The ten meeting dates of the original bench year. */
const TEN_DATES = [
  "2030-06-17",
  "2030-07-15",
  "2030-09-16",
  "2030-10-14",
  "2030-11-18",
  "2030-12-09",
  "2031-01-20",
  "2031-02-17",
  "2031-03-17",
  "2031-04-14",
];

/** The day the benches plan on: before every meeting. */
export const BENCH_TODAY = "2030-05-20";

/** `count` meeting dates spread evenly from 3 June 2030 to 28 April 2031, each moved to a Monday to Thursday. */
export function meetingDates(count: number): string[] {
  if (count === 10) return TEN_DATES;
  const first = Date.UTC(2030, 5, 3);
  const span = Date.UTC(2031, 3, 28) - first;
  const dates: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = first + Math.floor((span * k) / Math.max(1, count - 1) / 86_400_000) * 86_400_000;
    // Friday to Sunday → the next Monday.
    while ([0, 5, 6].includes(new Date(t).getUTCDay())) t += 86_400_000;
    let date = new Date(t).toISOString().slice(0, 10);
    while (dates.includes(date)) {
      t += 86_400_000;
      date = new Date(t).toISOString().slice(0, 10);
    }
    dates.push(date);
  }
  return dates;
}

/** mulberry32: a small seeded generator, so every run builds the same years. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded year of `itemCount` topics over `meetingCount` meetings (see the module comment). */
export function benchYear(seed: number, itemCount = 60, meetingCount = 10): Programme {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const dates = meetingDates(meetingCount);
  const scale = (per60: number) => Math.max(1, Math.round((per60 * itemCount) / 60));
  const standing = scale(8);
  const qas = standing + scale(3);
  const pairs = qas + 2 * scale(4);
  const prepared = pairs + scale(6);
  const early = prepared + scale(5);
  const width = Math.max(2, String(itemCount - 1).length);
  const itemId = (k: number) => `item-${String(k).padStart(width, "0")}`;

  const officers = Array.from({ length: scale(12) }, (_, k) => ({
    id: `officer-${k}`,
    name: `Officer ${k}`,
    unavailable: dates.filter(() => r() < 0.08),
  }));
  const everyone = [...officers, { id: "scrutiny-officer", name: "Scrutiny Officer", unavailable: [] }];
  const cabinetMembers = Array.from({ length: qas - standing }, (_, k) => ({
    id: `cabinet-${k}`,
    name: `Cllr Cabinet ${k}`,
  }));
  const items: NonNullable<ProgrammeInput["items"]> = [];
  for (let k = 0; k < itemCount; k++) {
    const id = itemId(k);
    const item: NonNullable<ProgrammeInput["items"]>[number] = {
      id,
      title: `Topic ${k}`,
      minutes: r() < 0.15 ? pick(["20-30", "30-45", "45-60"]) : pick([10, 15, 20, 30, 30, 40, 45, 45, 60, 75]),
      officers: [pick(officers).id, ...(r() < 0.4 ? [pick(officers).id] : [])].filter((v, i, a) => a.indexOf(v) === i),
      topicc: {
        timely: pick([0, 1, 2]),
        organisational: pick([0, 1, 2]),
        public: pick([0, 1, 2]),
        impact: pick([0, 1, 2]),
        performance: pick([0, 1, 2]),
        cabinet: pick([0, 1]),
      },
    };
    if (k < standing) {
      // Standing items in their month, like the annual reports and budget monitoring, presented
      // by the scrutiny officer (never away), so that every year has a plan.
      const month = dates[(k % (dates.length - 1)) + 1]!.slice(0, 7);
      Object.assign(item, {
        standing: true,
        earliest: month,
        latest: month,
        minutes: pick([30, 45]),
        officers: ["scrutiny-officer"],
      });
    } else if (k < qas) {
      Object.assign(item, {
        title: `Cabinet Q&A ${k}`,
        minutes: 45,
        officers: [],
        cabinetQA: {
          cabinetMember: cabinetMembers[k - standing]!.id,
          ...(k === standing ? { notified: "2030-08-01" } : {}),
        },
      });
    } else if (k < pairs) {
      const partner = (k - qas) % 2 === 0 ? itemId(k + 1) : itemId(k - 1);
      Object.assign(item, { alongside: [partner], minutes: pick([15, 20, 30]) });
    } else if (k < prepared) {
      Object.assign(item, {
        preparation: [{ kind: "focus-group", description: "residents", leadWeeks: pick([4, 6, 8, 12]) }],
      });
    } else if (k < early) {
      Object.assign(item, { earliest: pick(["2030-09", "2030-11", "2031-01"]) });
    }
    items.push(item);
  }
  // The current plan: some topics already on agendas (not always where the rules allow).
  const agendas = new Map<string, string[]>(dates.map((d) => [d, []]));
  const placed = new Set<string>();
  for (const item of items) {
    if (r() < 0.35 && !item.alongside?.length) {
      agendas.get(pick(dates))!.push(item.id);
      placed.add(item.id);
    }
  }
  return Programme.parse({
    commission: {
      id: "bench",
      name: "Bench Scrutiny Commission",
      shortName: "Bench",
      council: "London Borough of Bench",
      municipalYear: "2030/31",
      venue: "Town Hall",
      contact: { name: "Scrutiny Officer" },
    },
    officers: everyone,
    cabinetMembers,
    items,
    meetings: dates.map((date, k) => ({
      id: meetingCount === 10 ? date.slice(0, 7) : `m${String(k).padStart(2, "0")}-${date}`,
      date,
      agenda: agendas.get(date),
    })),
    backlog: items.map((i) => i.id).filter((id) => !placed.has(id)),
  });
}
