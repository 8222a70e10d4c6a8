// Loads the bundled command line (dist/bundle/cli.cjs) with V8's code cache, so starting
// `procsim validate branch.yaml` does not parse and compile a megabyte of JavaScript again.
//
// The cache (dist/bundle/cli.cjs.cache) is written by `npm run build` after a representative
// command (bin/bundle.mjs), and starts with the SHA-1 of the bundle it belongs to: a cache
// of another build, or one V8 rejects (another Node version), is ignored and the bundle is
// compiled as usual. Code from V8's cache cannot run import() in a vm.Script on Node 20, so
// the bundle's import() calls come here (`__procsimImport`, see bin/bundle.mjs). Setting
// PROCSIM_WRITE_CODE_CACHE writes the cache when the process exits (the build does this).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Script } from "node:vm";

const BUNDLE = fileURLToPath(new URL("../dist/bundle/cli.cjs", import.meta.url));
const CACHE = `${BUNDLE}.cache`;
const HASH_BYTES = 20;

/**
 * The cache's V8 data when it was made from `digest`'s bundle, else undefined.
 * @param {Buffer} digest SHA-1 of the bundle
 * @returns {Buffer | undefined}
 */
function cachedDataFor(digest) {
  let cache;
  try {
    cache = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  return cache.subarray(0, HASH_BYTES).equals(digest) ? cache.subarray(HASH_BYTES) : undefined;
}

/**
 * The bundle's import(): specifiers relative to the bundle, absolute paths or URLs.
 * @param {string} specifier
 * @returns {Promise<unknown>}
 */
function bundleImport(specifier) {
  if (specifier.startsWith("./")) return import(pathToFileURL(join(dirname(BUNDLE), specifier)).href);
  return import(isAbsolute(specifier) ? pathToFileURL(specifier).href : specifier);
}

/**
 * The bundle as a function of CommonJS's five module variables and `__procsimImport`.
 * @param {string} source
 */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname, __procsimImport) {${source}\n})`;
}

/**
 * Compiles and runs the CommonJS bundle with the code cache; its exports.
 * @returns {{ main: (argv: readonly string[]) => Promise<void> }}
 */
function loadWithCodeCache() {
  const bytes = readFileSync(BUNDLE);
  const digest = createHash("sha1").update(bytes).digest();
  const script = new Script(wrap(bytes.toString("utf8")), {
    filename: BUNDLE,
    cachedData: cachedDataFor(digest),
  });
  if (process.env.PROCSIM_WRITE_CODE_CACHE) {
    process.once("exit", () => writeFileSync(CACHE, Buffer.concat([digest, script.createCachedData()])));
  }
  const module = { exports: /** @type {{ main: (argv: readonly string[]) => Promise<void> }} */ ({}) };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), bundleImport);
  return module.exports;
}

/** The CLI's `main`, from the CommonJS bundle compiled with its code cache. */
export function loadCli() {
  return loadWithCodeCache().main;
}
