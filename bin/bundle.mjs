// Bundles the built library and CLI into a few files, so that starting procsim reads a
// handful of files instead of several hundred (tsc output, zod, yaml, @stdlib, yargs).
//
// dist/bundle/ (ESM, shared chunks): cli.js (command line, for `import "procsim/cli"`),
// replication-worker.js and png-thread.js (worker threads' entries, loaded next to the code
// that starts them), report-writer.js, write-png.js, write-charts.js (loaded on demand: they
// lead to Vega and the PNG renderer).
// CommonJS bundles, each with its V8 code cache (`.cache`; bin/load-bundle.cjs loads them):
// cli.cjs (what bin/procsim.js runs), library.cjs (the library root), replication-batch.cjs
// (the engine a worker thread runs) and render-svg.cjs (the chart renderer, Vega and Vega-Lite
// inside). The library's entry points index.js (ESM) and index.cjs (CommonJS) are both a few
// lines that load library.cjs, so ESM and CommonJS hosts share one instance; replication-batch.js
// and render-svg.js do the same for the worker and for the ES modules that draw charts. The
// bundles' report and render functions import() those files, so Vega loads only for a chart.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { lazyAssertInYargs } from "./lazy-assert.mjs";
import { yargsOwnManifest } from "./yargs-own-manifest.mjs";
import { narrowFirstStringWidth } from "./narrow-string-width.mjs";

const root = new URL("..", import.meta.url).pathname;
const outdir = `${root}dist/bundle`;

/** Chart renderers and report assets: never bundled, loaded only when a chart image is made. */
const external = ["vega", "vega-lite", "vega-embed", "@resvg/resvg-js"];

/** Modules loaded with import() at run time, by their output name in dist/bundle/. */
const LAZY = {
  "src/report/write.ts": "report-writer",
  "src/report/render-svg.ts": "render-svg",
  "src/report/write-png.ts": "write-png",
  "src/report/write-charts.ts": "write-charts",
};

/**
 * The chart renderer is a CommonJS bundle with Vega and Vega-Lite inside (below): ES modules
 * reach it through render-svg.js, a few lines that load it, so their import() of it stays a
 * file of its own.
 */
const RENDER_SVG = "src/report/render-svg.ts";
const renderSvgApart = {
  name: "render-svg-apart",
  setup(plugin) {
    plugin.onResolve({ filter: /render-svg\.js$/ }, (args) => {
      if (relative(root, `${args.resolveDir}/${args.path}`).replace(/\.js$/, ".ts") !== RENDER_SVG) return undefined;
      if (args.kind !== "dynamic-import") return { errors: [{ text: `${args.importer} imports ${RENDER_SVG} statically; import() it, so Vega loads only when a chart is drawn` }] };
      return { path: "./render-svg.js", external: true };
    });
  },
};

/**
 * vega-canvas awaits an optional `canvas` package at its top level (CommonJS has no top-level
 * await); procsim never installs it, so it is the module vega-canvas is without one.
 */
const noCanvas = {
  name: "no-canvas",
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]vega-canvas[\\/]build[\\/]vega-canvas\.node\.js$/ }, () => ({
      contents: "export function canvas() { return null; }\nexport function image() { return null; }\n",
      loader: "js",
    }));
  },
};

/**
 * Worker threads' entries: loaded by URL next to the code that starts them, so their names are
 * fixed. The replication worker's entry is an ES module; the runner it loads,
 * replication-batch.js, is a few lines that load the CommonJS bundle replication-batch.cjs
 * with its code cache (below). The PNG thread draws a report's chart images.
 */
const POOL = {
  "replication-worker": "src/experiment/replication-worker.ts",
  "png-thread": "src/report/png-thread.ts",
};

/**
 * zod's error messages in English only: procsim words its own issues, and the forty other
 * locales would be a third of the code every start-up has to parse.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";',
      loader: "js",
    }));
  },
};

/** CommonJS packages whose export is one function: loaded on its first call, not at start-up. */
const LAZY_FUNCTION_PACKAGES = { "@stdlib/stats-base-dists-t-quantile": "lib/index.js", seedrandom: "index.js" };

/** Replaces each package of LAZY_FUNCTION_PACKAGES by a function that requires it when first called. */
const lazyFunctionPackages = {
  name: "lazy-function-packages",
  setup(plugin) {
    const names = Object.keys(LAZY_FUNCTION_PACKAGES).map((name) => name.replace(/[/.-]/g, "\\$&"));
    plugin.onResolve({ filter: new RegExp(`^(${names.join("|")})$`) }, (args) => ({ path: args.path, namespace: "lazy-function" }));
    plugin.onLoad({ filter: /.*/, namespace: "lazy-function" }, (args) => ({
      contents: `let real; module.exports = function () { real ??= require("${args.path}/${LAZY_FUNCTION_PACKAGES[args.path]}"); return real.apply(this, arguments); };`,
      loader: "js",
      resolveDir: root,
    }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  external,
  sourcemap: true,
  minify: true,
  logLevel: "warning",
  legalComments: "none",
};

/** A require() for bundled CommonJS packages (seedrandom, @stdlib) inside an ES module. */
const esmBanner = 'import { createRequire as __procsimCreateRequire } from "node:module"; const require = __procsimCreateRequire(import.meta.url);';

rmSync(outdir, { recursive: true, force: true });

await build({
  ...common,
  format: "esm",
  splitting: true,
  outdir,
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  banner: { js: esmBanner },
  plugins: [zodEnglishOnly, lazyFunctionPackages, narrowFirstStringWidth, lazyAssertInYargs, yargsOwnManifest, renderSvgApart],
  entryPoints: {
    cli: `${root}src/cli/main.ts`,
    ...Object.fromEntries(Object.entries(POOL).map(([name, path]) => [name, `${root}${path}`])),
    ...Object.fromEntries(Object.entries(LAZY).filter(([path]) => path !== RENDER_SVG).map(([path, name]) => [name, `${root}${path}`])),
  },
});

/**
 * Modules loaded with import() that stay inside each bundle: esbuild then runs their top
 * level (and that of everything only they import) on the import(), not at start-up. The CLI
 * loads each command module this way, only for the command that runs, and `validate` the
 * run budget (with the engine it times) only for a run big enough to be timed.
 */
const BUNDLED_LAZY = /^src\/cli\/(commands\/[\w-]+|run-budget)\.ts$/;

/**
 * In the CommonJS build, a lazy module is the ESM file of the same name (or stays in the
 * bundle, see BUNDLED_LAZY); other dynamic imports are an error.
 */
const lazyToEsm = {
  name: "lazy-to-esm",
  setup(plugin) {
    plugin.onResolve({ filter: /^\./, namespace: "file" }, (args) => {
      if (args.kind !== "dynamic-import") return undefined;
      const source = relative(root, `${args.resolveDir}/${args.path}`).replace(/\.js$/, ".ts");
      if (BUNDLED_LAZY.test(source)) return undefined;
      const name = LAZY[source];
      if (!name) return { errors: [{ text: `dynamic import of ${source} has no ESM entry in scripts/bundle.mjs (add it to LAZY)` }] };
      return { path: `./${name}.js`, external: true };
    });
  },
};

/**
 * Options of the CommonJS bundles, which bin/load-bundle.cjs compiles with V8's code cache
 * (ES modules have no code cache API in Node 20), saving a megabyte's parse at every start.
 */
const commonJs = {
  ...common,
  format: "cjs",
  // NOTE: code from V8's cache loses the host options import() needs in a vm.Script on
  // Node 20, so import() is lowered here and handed to the loader's import (below).
  supported: { "dynamic-import": false },
  define: { "import.meta.url": "__procsimModuleUrl" },
  banner: { js: 'const __procsimModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [zodEnglishOnly, lazyFunctionPackages, lazyToEsm, narrowFirstStringWidth, lazyAssertInYargs, yargsOwnManifest],
};

await build({ ...commonJs, outfile: `${outdir}/library.cjs`, entryPoints: [`${root}src/index.ts`] });
await build({ ...commonJs, outfile: `${outdir}/cli.cjs`, entryPoints: [`${root}src/cli/main.ts`] });

/**
 * Each import() of the CommonJS CLI, lowered by esbuild to `Promise.resolve().then(() =>
 * __toESM(require(x)))`, becomes `__procsimImport(x)`: the import() of bin/load-bundle.cjs,
 * which Node compiled itself. Fails the build if a lowered import() is left over.
 */
function routeDynamicImports(file) {
  const lowered = /Promise\.resolve\(\)\.then\(\(\)=>[\w$]+\(require\(([^()]+)\)(?:,1)?\)\)/g;
  // Padded to the lowered call's length, so every later column, and the source map, stays put.
  const text = readFileSync(file, "utf8").replace(lowered, (call, specifier) => `__procsimImport(${specifier})`.padEnd(call.length, " "));
  if (/Promise\.resolve\(\)\.then\(\(\)=>[\w$]+\(require\(/.test(text)) throw new Error(`${file}: an import() was not routed to __procsimImport`);
  writeFileSync(file, named(text));
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8"));
  map.mappings = `;${map.mappings}`; // the name line shifts the bundle one line down
  writeFileSync(`${file}.map`, JSON.stringify(map));
}

/**
 * A CommonJS bundle with its build's name on the first line: the SHA-1 of the rest, which
 * bin/load-bundle.cjs matches against the code cache's header without hashing at start-up.
 */
function named(text) {
  return `// procsim bundle ${createHash("sha1").update(text).digest("hex")}\n${text}`;
}
/**
 * The ES module front of a CommonJS bundle: `<name>.js`, a few lines exporting `names` of
 * `<name>.cjs` loaded by bin/load-bundle.cjs with its code cache.
 */
function writeEsmFront(name, comment, names) {
  writeFileSync(
    `${outdir}/${name}.js`,
    `// ${comment}\n` +
      `import { createRequire } from "node:module";\n` +
      `const require = createRequire(import.meta.url);\n` +
      `export const { ${names.join(", ")} } = require("../../bin/load-bundle.cjs").loadBundle(require.resolve("./${name}.cjs"));\n`,
  );
}
routeDynamicImports(`${outdir}/cli.cjs`);
routeDynamicImports(`${outdir}/library.cjs`);

// The code cache, made by validating a bundled scenario: it then holds the functions that
// loading a model compiles, not only the top level.
execFileSync(process.execPath, [`${root}bin/procsim.js`, "validate", `${root}scenarios/call-centre.yaml`], {
  env: { ...process.env, PROCSIM_WRITE_CODE_CACHE: "1" },
  stdio: "ignore",
});
// The commands that simulate start from a second cache, made by a short run and then a short
// comparison that starts from the run's cache: it also holds the engine and the code of both
// commands (bin/procsim.js picks the cache by command).
for (const command of [
  ["run", `${root}scenarios/call-centre.yaml`],
  ["compare", `${root}scenarios/account-opening.yaml`, `${root}scenarios/account-opening-rpa-proposed.yaml`],
]) {
  execFileSync(process.execPath, [`${root}bin/procsim.js`, ...command, "--replications", "2", "--workers", "1", "--no-report"], {
    env: { ...process.env, PROCSIM_WRITE_CODE_CACHE: "1" },
    stdio: "ignore",
  });
}

// The library's entry points. index.cjs loads library.cjs with its code cache; index.js gives
// ES modules the same instance, under the names the loaded bundle exports (listed by loading
// it once here, which also writes its code cache: the top level, what an import runs).
writeFileSync(
  `${outdir}/index.cjs`,
  `"use strict";\n// procsim's library root for CommonJS: library.cjs, loaded with its V8 code cache.\n` +
    `module.exports = require("../../bin/load-bundle.cjs").loadBundle(require("node:path").join(__dirname, "library.cjs"));\n`,
);
const exportNames = JSON.parse(
  execFileSync(process.execPath, ["-e", `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(`${outdir}/index.cjs`)}))))`], {
    env: { ...process.env, PROCSIM_WRITE_CODE_CACHE: "1" },
  }).toString(),
);
if (exportNames.length === 0) throw new Error("dist/bundle/library.cjs exports nothing");
writeFileSync(
  `${outdir}/index.js`,
  `// procsim's library root for ES modules: the exports of library.cjs, loaded by index.cjs.\n` +
    `import { createRequire } from "node:module";\n` +
    `const library = createRequire(import.meta.url)("./index.cjs");\n` +
    `export const { ${exportNames.join(", ")} } = library;\n`,
);

// The replication runner of worker threads, as a CommonJS bundle with its code cache made
// from replication 0 of two bundled scenarios: a worker starts from compiled bytecode of the
// engine instead of parsing the engine's ES modules at every pool start.
await build({ ...commonJs, outfile: `${outdir}/replication-batch.cjs`, entryPoints: [`${root}src/experiment/replication-batch.ts`] });
routeDynamicImports(`${outdir}/replication-batch.cjs`);
writeEsmFront("replication-batch", "The replication runner a worker thread loads: replication-batch.cjs, with its V8 code cache.", ["compiledFor", "runReplicationBatch"]);
execFileSync(process.execPath, ["-e", `
  const { loadModelFile } = require(${JSON.stringify(`${outdir}/index.cjs`)});
  process.env.PROCSIM_WRITE_CODE_CACHE = "1"; // for the runner's cache only, not the library's
  const { runReplicationBatch } = require(${JSON.stringify(`${root}bin/load-bundle.cjs`)}).loadBundle(${JSON.stringify(`${outdir}/replication-batch.cjs`)});
  for (const name of ["account-opening", "call-centre"]) {
    const loaded = loadModelFile(${JSON.stringify(`${root}scenarios/`)} + name + ".yaml");
    if (!loaded.ok) throw new Error(name + " does not load");
    runReplicationBatch({ modelJson: JSON.stringify(loaded.model), replications: [0] });
  }`], { stdio: "inherit" });

// The chart renderer with Vega and Vega-Lite inside, as a CommonJS bundle with its code cache:
// as ES modules they are some three hundred files to resolve, read and compile before a report's
// first chart. render-svg.js is the few lines ES modules load it through. Its cache is made by
// rendering the charts of a short comparison's report, so it holds the layout code too.
await build({
  ...commonJs,
  external: external.filter((name) => name !== "vega" && name !== "vega-lite"),
  plugins: [...commonJs.plugins, noCanvas],
  outfile: `${outdir}/render-svg.cjs`,
  entryPoints: [`${root}${RENDER_SVG}`],
});
routeDynamicImports(`${outdir}/render-svg.cjs`);
const loadRenderer = `require(${JSON.stringify(`${root}bin/load-bundle.cjs`)}).loadBundle(${JSON.stringify(`${outdir}/render-svg.cjs`)})`;
const rendererNames = JSON.parse(execFileSync(process.execPath, ["-e", `process.stdout.write(JSON.stringify(Object.keys(${loadRenderer})))`]).toString());
writeEsmFront("render-svg", "The chart renderer for ES modules: render-svg.cjs (Vega and Vega-Lite inside), with its V8 code cache.", rendererNames);
const chartsDir = mkdtempSync(join(tmpdir(), "procsim-build-charts-"));
try {
  const pair = ["account-opening", "account-opening-rpa-proposed"].map((name) => `${root}scenarios/${name}.yaml`);
  execFileSync(process.execPath, [`${root}bin/procsim.js`, "compare", ...pair, "-r", "2", "-w", "1", "--no-png", "--out", chartsDir, "--allow-outside"], { stdio: "ignore" });
  execFileSync(process.execPath, ["-e", `
    const { readdirSync, readFileSync } = require("node:fs");
    const renderer = ${loadRenderer};
    const specs = readdirSync(${JSON.stringify(chartsDir)}).filter((name) => name.endsWith(".vl.json"));
    if (specs.length === 0) throw new Error("the comparison wrote no charts");
    (async () => { for (const name of specs) await renderer.renderChartSvg(JSON.parse(readFileSync(${JSON.stringify(chartsDir)} + "/" + name, "utf8"))); })();`],
  { env: { ...process.env, PROCSIM_WRITE_CODE_CACHE: "1" }, stdio: "inherit" });
} finally {
  rmSync(chartsDir, { recursive: true, force: true });
}

// Declarations next to the bundles (the types are tsc's, in dist/), so a type checker that
// follows bin/procsim.js or a bundle path reads types instead of minified code.
writeFileSync(`${outdir}/cli.d.ts`, 'export { main } from "../cli/main.js";\n');
writeFileSync(`${outdir}/index.d.ts`, 'export * from "../index.js";\n');
