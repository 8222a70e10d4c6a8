// An esbuild plugin for bin/bundle.mjs: yargs searches the folders above the working directory
// for a package.json (escalade) at every start, only to guess the version it shows for
// --version; procsim gives its version itself (src/cli/version.ts). The search is answered
// with procsim's own package.json instead: from an analyst's model folder, which has none, the
// search read every folder up to the root and failed (and the failure loaded node:assert).

/**
 * The module that stands in for "escalade/sync" inside yargs: procsim's package.json, two
 * folders above the bundle (dist/bundle/), whatever folder the search starts from.
 * @type {import("esbuild").Plugin}
 */
export const yargsOwnManifest = {
  name: "yargs-own-manifest",
  setup(plugin) {
    plugin.onResolve({ filter: /^escalade\/sync$/ }, (args) =>
      /[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer) ? { path: "escalade/sync", namespace: "yargs-own-manifest" } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: "yargs-own-manifest" }, () => ({
      contents: `import { fileURLToPath } from "node:url";
export default function procsimManifest() {
  return fileURLToPath(new URL("../../package.json", import.meta.url));
}`,
      loader: "js",
    }));
  },
};
