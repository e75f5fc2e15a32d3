/**
 * Zones either side of Greenwich, London itself, and ones a whole day apart: a result that leans
 * on the machine's zone shows up as a difference between them.
 */
export const ZONES = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "Asia/Tokyo",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
] as const;

/**
 * Run `fn` with the process in each time zone (Node applies a changed `TZ` at once), and put the
 * zone back afterwards.
 */
export function inEachZone<T>(fn: (zone: string) => T): Map<string, T> {
  const saved = process.env.TZ;
  const results = new Map<string, T>();
  try {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      results.set(zone, fn(zone));
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
  return results;
}
