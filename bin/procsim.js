#!/usr/bin/env node
// procsim command-line entry: a thin shim into the bundled CLI (run `npm run build` first),
// loaded with V8's code cache by load-bundle.cjs.
import { fileURLToPath } from "node:url";
import { loadBundle } from "./load-bundle.cjs";

const cli = /** @type {{ main: (argv: readonly string[]) => Promise<void> }} */ (
  loadBundle(fileURLToPath(new URL("../dist/bundle/cli.cjs", import.meta.url)))
);
cli.main(process.argv.slice(2));
