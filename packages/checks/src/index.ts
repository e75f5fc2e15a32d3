export { type CheckOptions, checkProgramme } from "./check-programme.js";
