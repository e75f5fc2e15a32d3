import { type AgendaSlot, agendaOf, type Meeting, type Programme } from "@scrutineer/model";

/** Items 1-3 are procedural on every front sheet (seed 001, lines 24-27), so the first agenda item is 4. */
export const FIRST_ITEM_NUMBER = 4;

export interface NumberedSlot extends AgendaSlot {
  number: number;
}

/** The meeting's agenda as the front sheet numbers it: withdrawn items dropped, the rest numbered from 4. */
export function numberedAgenda(programme: Programme, meeting: Meeting): NumberedSlot[] {
  return agendaOf(programme, meeting)
    .filter((slot) => slot.item.status !== "withdrawn")
    .map((slot, i) => ({ ...slot, number: FIRST_ITEM_NUMBER + i }));
}
