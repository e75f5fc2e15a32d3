import { copyFile, mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Metafile, Plugin } from "esbuild";
import { defineConfig } from "tsup";
import { writeThirdPartyNotice } from "./build/third-party.js";

/**
 * The CLI ships as one bundled, minified ES module (`dist/cli.js`) with every dependency inlined,
 * so `npm install -g` fetches nothing and a command reads a handful of files instead of resolving
 * hundreds of modules. Each command's code is a chunk loaded only when that command runs (Ink and
 * React only for the planner). HiGHS ships beside the bundle and loads only when a plan is made:
 * `vendor/highs.cjs` + `highs.wasm`, which the planner's worker thread `require`s by path.
 * `dist/THIRD-PARTY-NOTICES.md` lists every inlined package with its licence (build/third-party.ts).
 */

const here = dirname(fileURLToPath(import.meta.url));
const packages = join(here, "../../packages");
const dist = join(here, "dist");
/** Resolve a package as the workspace package that depends on it would. */
const requireFrom = (pkg: string) => createRequire(join(packages, pkg, "package.json"));
const icalTimezones = () => dirname(requireFrom("ical").resolve("@touch4it/ical-timezones"));

/** Licences that allow the code to be copied into the bundle with its notice. */
export const ALLOWED_LICENCES = ["MIT", "ISC", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "CC-BY-3.0"];

const workspaceSources: Plugin = {
  // The packages' sources, not their dist: per-file tree shaking (each package is sideEffects: false).
  name: "workspace-sources",
  setup(build) {
    build.onResolve({ filter: /^@scrutineer\/[a-z-]+$/ }, (args) => ({
      path: join(packages, args.path.slice("@scrutineer/".length), "src/index.ts"),
    }));
  },
};

const lazyVendor: Plugin = {
  name: "lazy-vendor",
  setup(build) {
    // Ink imports its devtools (and react-devtools-core) only when DEV=true, and says how to
    // install it when the import fails: left out of the bundle, not a dependency.
    build.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", external: true }));
    // `renderToStaticMarkup` lives in react-dom's "legacy" server build; the stream renderers
    // that `react-dom/server` also pulls in are never used.
    build.onResolve({ filter: /^react-dom\/server$/ }, () => ({
      path: join(
        dirname(requireFrom("documents").resolve("react-dom/package.json")),
        "cjs/react-dom-server-legacy.node.production.js",
      ),
    }));
    // yaml's "node" build is CommonJS (every module evaluated at start-up, nothing shaken); its
    // ES module build ("browser") is the same code, warning through console.warn.
    build.onResolve({ filter: /^yaml$/ }, () => ({
      path: join(dirname(requireFrom("model").resolve("yaml/package.json")), "browser/index.js"),
    }));
    build.onResolve({ filter: /^highs$/ }, () => ({ path: "highs", namespace: "lazy-vendor" }));
    // @touch4it/ical-timezones reads a zone's file beside its own code (by __dirname) on each
    // call; the feeds only ever need Europe/London, so its file is inlined and read from memory.
    build.onResolve({ filter: /^@touch4it\/ical-timezones$/ }, () => ({
      path: "@touch4it/ical-timezones",
      namespace: "inlined-zone",
    }));
    build.onLoad({ filter: /.*/, namespace: "inlined-zone" }, async () => {
      const london = await readFile(join(icalTimezones(), "zones/Europe/London.ics"), "utf8");
      return {
        contents: `const files = { "Europe/London": ${JSON.stringify(london)} };
          export function getVtimezoneComponent(zone) {
            const ics = files[zone];
            return ics ? ics.slice(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VCALENDAR")) : null;
          }`,
        loader: "js",
      };
    });
    build.onLoad({ filter: /.*/, namespace: "lazy-vendor" }, () => ({
      contents: `import { createRequire } from "node:module";
        export default (options) => createRequire(import.meta.url)("./vendor/highs.cjs")(options);`,
      loader: "js",
      resolveDir: here,
    }));
    // The planner's worker thread `require`s HiGHS by path: the shipped copy, not node_modules.
    build.onLoad({ filter: /packages\/planner\/src\/worker-solver\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const resolveHighs = 'createRequire(import.meta.url).resolve("highs")';
      if (!source.includes(resolveHighs)) {
        throw new Error(`${args.path} no longer contains ${resolveHighs}: update lazyVendor in tsup.config.ts`);
      }
      return {
        contents: `import { fileURLToPath as shippedPath } from "node:url";\n${source.replace(
          resolveHighs,
          'shippedPath(new URL("./vendor/highs.cjs", import.meta.url))',
        )}`,
        loader: "ts",
      };
    });
  },
};

/** Ship HiGHS beside the bundle and write the notice; the bundle's metafile is read from dist. */
async function afterBuild(): Promise<void> {
  const vendor = join(dist, "vendor");
  await mkdir(vendor, { recursive: true });
  const highsDir = dirname(requireFrom("planner").resolve("highs"));
  await copyFile(join(highsDir, "highs.js"), join(vendor, "highs.cjs"));
  await copyFile(join(highsDir, "highs.wasm"), join(vendor, "highs.wasm"));
  const main = JSON.parse(await readFile(join(dist, "metafile-esm.json"), "utf8")) as Metafile;
  await writeThirdPartyNotice({
    metafiles: [main],
    extra: [dirname(highsDir), icalTimezones()],
    allowed: ALLOWED_LICENCES,
    cwd: here,
    out: join(dist, "THIRD-PARTY-NOTICES.md"),
  });
}

export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  clean: true,
  minify: !process.env.SCRUTINEER_NO_MINIFY,
  splitting: true,
  sourcemap: true,
  metafile: true,
  // Everything is inlined: the published package has no dependencies to install.
  noExternal: [/./],
  esbuildPlugins: [workspaceSources, lazyVendor],
  esbuildOptions(options) {
    // React, Ink and the rest in their production builds, whatever NODE_ENV the user has.
    options.define = { ...options.define, "process.env.NODE_ENV": '"production"' };
  },
  banner: {
    // Inlined CommonJS modules call require() for Node's built-ins.
    js: 'import { createRequire as __scrutineerRequire } from "node:module"; const require = __scrutineerRequire(import.meta.url);',
  },
  onSuccess: afterBuild,
});
