#!/usr/bin/env node
// procsim command-line entry: a thin shim into the compiled CLI (run `npm run build` first).
import { main } from "../dist/bundle/cli.js";
main(process.argv.slice(2));
