#!/usr/bin/env node
// procsim command-line entry: a thin shim into the bundled CLI (run `npm run build` first).
import { main } from "procsim/cli";
main(process.argv.slice(2));
