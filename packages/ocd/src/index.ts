export { isOcdError, OcdError, type OcdErrorCode, OcdReadError } from "./errors.js";
export { type OcdExport, type OcdFile, type OcdObject, type OcdOptions, programmeToOcd } from "./export.js";
export { ocdId } from "./ids.js";
export { londonOffsetDateTime, londonWallTime } from "./london.js";
export { programmeFromOcd } from "./read.js";
export {
  eventSchema,
  membershipSchema,
  type OcdType,
  ocdSchemas,
  organizationSchema,
  personSchema,
  postSchema,
} from "./schemas.js";
export { validateOcd } from "./validate.js";
