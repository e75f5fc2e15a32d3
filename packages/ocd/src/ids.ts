import { v5 } from "uuid";

/** Namespace of Scrutineer's OCD ids (UUIDv5 of a stable name, so every export gives the same ids). */
const NAMESPACE = "5d3c8f1e-2b7a-5c4e-9f0d-6a1b2c3d4e5f";

/**
 * A stable scrape-time `_id` for an object, as pupa writes them (a UUID; pupa's importer gives
 * the database its `ocd-<type>/<uuid>` ids): a UUIDv5 of the programme's own stable ids, so
 * every export of the same programme gives the same ids and files (`event_<uuid>.json`).
 */
export function ocdId(type: "organization" | "person" | "membership" | "post" | "event", name: string): string {
  return v5(`${type}:${name}`, NAMESPACE);
}
