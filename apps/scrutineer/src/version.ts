import { version } from "../package.json";

/**
 * The CLI's version, from its package.json (inlined by the bundler): printed by `--version`
 * and named in the user agent of live imports.
 */
export const VERSION: string = version;
