#!/usr/bin/env node
// procsim command-line entry: a thin shim into the bundled CLI (run `npm run build` first),
// loaded with V8's code cache by load-cli.js.
import { loadCli } from "./load-cli.js";

loadCli()(process.argv.slice(2));
