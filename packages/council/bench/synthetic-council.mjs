/**
 * A synthetic council for the bench and the complexity test: `committees` bodies of
 * `meetingsPerCommittee` meetings each, spread over weekdays from 1 June 2022 so that each
 * weekday holds about `perDay` meetings, in rooms and with members and officers shared the way a
 * real council shares them (each councillor on two bodies, each officer supporting three).
 * Plain data (council.yaml and programme files as objects): the caller parses and indexes them.
 *
 * @param {{ committees: number, meetingsPerCommittee: number, perDay: number }} size
 */
export function syntheticCouncil({ committees, meetingsPerCommittee, perDay }) {
  const total = committees * meetingsPerCommittee;
  const days = Math.ceil(total / perDay);
  /** Weekdays from 1 June 2022 (a Wednesday). */
  const weekdays = [];
  for (let d = 0; weekdays.length < days; d++) {
    const date = new Date(Date.UTC(2022, 5, 1 + d));
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) weekdays.push(date.toISOString().slice(0, 10));
  }
  const rooms = Math.max(2, Math.ceil(committees / 15));
  const councillors = Array.from({ length: committees * 4 }, (_, i) => ({ id: `cllr-${i}`, name: `Cllr ${i}` }));
  const officers = Array.from({ length: Math.ceil(committees / 3) }, (_, i) => ({
    id: `officer-${i}`,
    name: `Officer ${i}`,
  }));
  const council = {
    council: "Synthetic Borough Council",
    municipalYear: "2022/23",
    venues: Array.from({ length: rooms }, (_, i) => ({ id: `room-${i}`, name: `Room ${i}` })),
    register: { councillors, officers },
    committees: Array.from({ length: committees }, (_, c) => ({
      id: `body-${c}`,
      programme: `body-${c}.yaml`,
      officers: [`officer-${Math.floor(c / 3)}`],
    })),
  };
  const programmes = council.committees.map((entry, c) => ({
    commission: {
      id: entry.id,
      name: `Body ${c}`,
      shortName: `Body ${c}`,
      council: council.council,
      municipalYear: "2022/23",
      venue: `room-${c % rooms}`,
      plannedEnd: "22:00",
      contact: { name: `Officer ${Math.floor(c / 3)}` },
    },
    // Eight members: four of its own, four of the next body's, so each councillor sits on two.
    members: Array.from({ length: 8 }, (_, k) => ({
      id: `cllr-${((c + (k >= 4 ? 1 : 0)) % committees) * 4 + (k % 4)}`,
      name: "filled below",
    })).map((m) => ({ ...m, name: `Cllr ${m.id.slice(5)}` })),
    meetings: Array.from({ length: meetingsPerCommittee }, (_, k) => {
      // Meeting k of body c on day (k * committees + c) / perDay: each day gets `perDay` meetings.
      const day = Math.floor((k * committees + c) / perDay);
      return { id: `m${k}`, date: weekdays[Math.min(day, weekdays.length - 1)] };
    }),
  }));
  return { council, programmes };
}

/**
 * The synthetic council written as a council folder (`council.yaml` and one programme file per
 * committee, as JSON, which YAML reads as it is), for benches of the CLI on a whole council.
 *
 * @param {string} dir an existing, empty folder
 * @param {{ committees: number, meetingsPerCommittee: number, perDay: number }} size
 * @returns {string[]} the programme files written, absolute
 */
export async function writeSyntheticCouncil(dir, size) {
  const { writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { council, programmes } = syntheticCouncil(size);
  writeFileSync(join(dir, "council.yaml"), `${JSON.stringify(council, null, 1)}\n`);
  return programmes.map((p, i) => {
    const file = join(dir, council.committees[i].programme);
    writeFileSync(file, `${JSON.stringify(p, null, 1)}\n`);
    return file;
  });
}
