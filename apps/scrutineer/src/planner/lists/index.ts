import type { ListTarget } from "../forms/index.js";
import { eventsList } from "./events-list.js";
import { nightList } from "./night-list.js";
import { actionsList, writtenAnswersList } from "./outcome-lists.js";
import { peopleList } from "./people-list.js";
import { preparationList } from "./preparation-list.js";
import { recommendationsList } from "./recommendations-list.js";
import type { ListSpec } from "./types.js";

export type { ListLine, ListRow, ListSpec } from "./types.js";

/** Every list screen, by what it lists: a new list is one more line here. */
const LISTS: { [K in ListTarget["kind"]]: ListSpec<Extract<ListTarget, { kind: K }>> } = {
  people: peopleList,
  events: eventsList,
  declarations: nightList,
  preparation: preparationList,
  recommendations: recommendationsList,
  actions: actionsList,
  "written-answers": writtenAnswersList,
};

export function listFor<T extends ListTarget>(target: T): ListSpec<T> {
  return LISTS[target.kind] as unknown as ListSpec<T>;
}
