// An esbuild plugin for bin/bundle.mjs: every import or require() of string-width gets a
// function that measures one-column text by its length and loads string-width for other text.
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * string-width with a shortcut for text whose every character is one column (printable
 * ASCII, and with string-width's default options also Latin letters, dashes, box drawing,
 * math signs: src/report/narrow-text.ts), whose width is its length: yargs lays out every
 * cell of its help text with string-width, and the KPI tables are drawn with "─" and "–".
 * string-width segments graphemes and tests emoji regular expressions on each; the full
 * check remains for any other text, loaded on the first such text (building its emoji
 * expression and grapheme segmenter costs some 60 ms of CPU, and its first wide table
 * another 40 ms, which every start-up and run would pay).
 * @type {import("esbuild").Plugin}
 */
export const narrowFirstStringWidth = {
  name: "narrow-first-string-width",
  setup(plugin) {
    plugin.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === "real") return undefined;
      const real = await plugin.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: "real" });
      return { path: real.path, namespace: "narrow-first-string-width" };
    });
    plugin.onLoad({ filter: /.*/, namespace: "narrow-first-string-width" }, (args) => ({
      // CommonJS, so that require("string-width") (cli-progress) gets the function itself.
      contents: `const { narrowTextWidth } = require(${JSON.stringify(`${root}src/report/narrow-text.ts`)});
let stringWidth;
function narrowFirstStringWidth(text, options) {
  if (typeof text === "string") {
    if (/^[\\x20-\\x7e]*$/.test(text)) return text.length;
    const narrow = options?.ambiguousIsNarrow === false ? undefined : narrowTextWidth(text);
    if (narrow !== undefined) return narrow;
  }
  stringWidth ??= require(${JSON.stringify(args.path)}).default;
  return stringWidth(text, options);
}
module.exports = narrowFirstStringWidth;
module.exports.default = narrowFirstStringWidth;`,
      loader: "js",
      resolveDir: root,
    }));
  },
};
