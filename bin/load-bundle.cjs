// Loads one of procsim's CommonJS bundles (dist/bundle/cli.cjs, the command line, or
// dist/bundle/library.cjs, the library root) with V8's code cache, so that starting
// `procsim validate branch.yaml`, or a notebook's `import "procsim"`, does not parse and compile
// a megabyte of JavaScript again. ES modules have no code cache API in Node 20; a vm.Script has.
//
// Each bundle's cache (`<bundle>.cache`, and for the CLI a second one for the commands that
// simulate) is written by `npm run build` (bin/bundle.mjs) after representative work. A bundle's first line names its build (`// procsim bundle <SHA-1 of the
// rest>`, written by the build, so no hashing at start-up) and its cache starts with the same
// name: a cache of another build, or one V8 rejects (another Node version or other V8 flags),
// is ignored and the bundle is compiled as usual. Code from V8's cache cannot run import() in a vm.Script on
// Node 20, so the bundles' import() calls come here (`__procsimImport`, see bin/bundle.mjs).
// Setting PROCSIM_WRITE_CODE_CACHE writes the cache when the process exits (the build does).
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, isAbsolute, join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");

/** How a bundle's first line starts; the build's name (40 hexadecimal digits) follows. */
const BUILD_LINE = "// procsim bundle ";
const BUILD_NAME_BYTES = 40;

/**
 * The build named on a bundle's first line, or undefined for a bundle without one.
 * @param {Buffer} bundle
 * @returns {Buffer | undefined}
 */
function buildNameOf(bundle) {
  const end = BUILD_LINE.length + BUILD_NAME_BYTES;
  if (bundle.length <= end || bundle.toString("latin1", 0, BUILD_LINE.length) !== BUILD_LINE) return undefined;
  return bundle.subarray(BUILD_LINE.length, end);
}

/**
 * The cache's V8 data when it was made from the build named `name`, else undefined.
 * @param {string} cacheFile
 * @param {Buffer | undefined} name
 * @returns {Buffer | undefined}
 */
function cachedDataFor(cacheFile, name) {
  if (name === undefined) return undefined;
  let cache;
  try {
    cache = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return cache.subarray(0, BUILD_NAME_BYTES).equals(name) ? cache.subarray(BUILD_NAME_BYTES) : undefined;
}

/**
 * The bundle's import(): specifiers relative to the bundle, absolute paths or URLs.
 * @param {string} bundleDir
 * @returns {(specifier: string) => Promise<unknown>}
 */
function importFor(bundleDir) {
  return (specifier) => {
    if (specifier.startsWith("./")) return import(pathToFileURL(join(bundleDir, specifier)).href);
    return import(isAbsolute(specifier) ? pathToFileURL(specifier).href : specifier);
  };
}

/**
 * The bundle as a function of CommonJS's five module variables and `__procsimImport`.
 * @param {string} source
 */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname, __procsimImport) {${source}\n})`;
}

/**
 * Compiles and runs a CommonJS bundle with a code cache; its exports.
 * @param {string} bundleFile absolute path of the bundle
 * @param {string} [cacheFile] the cache to start from (and to write); default `<bundle>.cache`
 * @returns {Record<string, unknown>}
 */
function loadBundle(bundleFile, cacheFile = `${bundleFile}.cache`) {
  const bytes = readFileSync(bundleFile);
  const name = buildNameOf(bytes);
  const script = new Script(wrap(bytes.toString("utf8")), { filename: bundleFile, cachedData: cachedDataFor(cacheFile, name) });
  if (process.env.PROCSIM_WRITE_CODE_CACHE && name !== undefined) {
    process.once("exit", () => writeFileSync(cacheFile, Buffer.concat([name, script.createCachedData()])));
  }
  const module = { exports: {} };
  const dir = dirname(bundleFile);
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dir, importFor(dir));
  return module.exports;
}

module.exports = { loadBundle };
