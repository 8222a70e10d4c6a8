/**
 * Starting a worker thread on one of procsim's own modules, wherever procsim runs from.
 *
 * The replication pool starts `replication-worker` and the report writer starts `png-thread`
 * (the account-opening report's PNGs are drawn there while the next chart is laid out). Built,
 * the entry is a .js file next to the caller and starts directly; from TypeScript sources (the
 * test runner, tsx) it starts through a bootstrap that loads the entry with tsx's `tsImport`,
 * because Node 20 does not apply an `--import` loader to a worker's own entry file.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Worker } from "node:worker_threads";

/** The URL of the module `name` beside `callerUrl`, in the caller's flavour (.js built, .ts source). */
export function siblingModule(name: string, callerUrl: string): URL {
  const extension = callerUrl.endsWith(".ts") ? ".ts" : ".js";
  return new URL(`./${name}${extension}`, callerUrl);
}

/** Starts a worker thread on `entry` (a .js or .ts module URL) with `workerData`. */
export function startWorker(entry: URL, workerData: unknown): Worker {
  // NOTE: node:worker_threads (and the stream modules under it) loads with the first worker,
  // not with the library: importing procsim to simulate on one thread does not pay for it.
  const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  // NOTE: no inherited execArgv: a parent run through a loader (tsx) would make every worker
  // start that loader too, which costs seconds per worker.
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData, execArgv: [] });
  const tsxRoot = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsxApi = pathToFileURL(join(tsxRoot, "dist/esm/api/index.mjs")).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}));`;
  return new Worker(bootstrap, { eval: true, workerData });
}
