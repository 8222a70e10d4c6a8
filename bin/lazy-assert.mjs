// An esbuild plugin for bin/bundle.mjs: yargs' `import { notStrictEqual, strictEqual } from
// "assert"` gets two functions that compare themselves and load node:assert only to throw.
// Loading node:assert at start-up costs some 9 ms (its error class creates the stderr stream
// and loads node:stream under it), and yargs only checks that it found a package.json and that
// a command's options are well-formed, checks that pass in every start of procsim.

/**
 * The module that stands in for "assert" inside yargs: Object.is decides, as for
 * node:assert's strictEqual and notStrictEqual, and a failure is node:assert's own error.
 * @type {import("esbuild").Plugin}
 */
export const lazyAssertInYargs = {
  name: "lazy-assert-in-yargs",
  setup(plugin) {
    plugin.onResolve({ filter: /^assert$/ }, (args) =>
      /[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer) ? { path: "assert", namespace: "lazy-assert" } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: "lazy-assert" }, () => ({
      contents: `let assert;
const real = () => (assert ??= require("node:assert"));
export function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) real().strictEqual(actual, expected, message);
}
export function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) real().notStrictEqual(actual, expected, message);
}`,
      loader: "js",
    }));
  },
};
