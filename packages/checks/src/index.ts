export { type CheckOptions, checkProgramme } from "./check-programme.js";
export { placementFindings } from "./item-placement.js";
