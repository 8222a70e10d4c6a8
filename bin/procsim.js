#!/usr/bin/env node
// procsim command-line entry: a thin shim into the bundled CLI (run `npm run build` first),
// loaded with V8's code cache by load-bundle.cjs. The commands that simulate start from a cache
// made by a comparison (it holds the engine's compiled code); the others (validate, --help,
// schema, kpis, merge) from a smaller one made by `validate`, which is quicker to load.
// NOTE: CommonJS (bin/package.json): an ES module entry would load Node's ES module loader,
// and node:assert, readline and fs/promises under it, some 20 ms of every start.
"use strict";
const { join } = require("node:path");
const { loadBundle } = require("./load-bundle.cjs");

const SIMULATING = new Set(["run", "compare", "sweep", "staff"]);
const bundle = join(__dirname, "..", "dist", "bundle", "cli.cjs");
const argv = process.argv.slice(2);
const cache = SIMULATING.has(argv[0] ?? "") ? `${bundle}.simulate.cache` : `${bundle}.cache`;
const cli = /** @type {{ main: (argv: readonly string[]) => Promise<void> }} */ (loadBundle(bundle, cache));
cli.main(argv);
