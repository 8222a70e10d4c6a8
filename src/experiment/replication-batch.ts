/**
 * A replication batch: the unit of work handed to a worker thread (or run in-process).
 *
 * "Run replications 6, 7 and 8 of the account-opening model" is one batch: the model as
 * JSON text plus the replication indices. The model is compiled once per distinct text
 * and cached, so a worker that receives twenty batches of the same model compiles it once.
 * Both the in-process path and the worker path go through `runReplicationBatch`, from the
 * same JSON text, so their results are identical bit for bit.
 */
import type { Model } from "../model/compile/model.js";
import type { RepResult } from "../stats/result-types.js";
import { compileModel } from "../model/compile/compile.js";
import { runReplication } from "./replicate.js";

/** A request to run some replications of one model. */
export interface ReplicationBatch {
  /** `JSON.stringify(model)`: the cache key and the payload. */
  readonly modelJson: string;
  /** Replication indices to run, in any order. */
  readonly replications: readonly number[];
}

type Compiled = ReturnType<typeof compileModel>;

/** NOTE: a handful of models at most are live at once (current + proposals). */
const CACHE_LIMIT = 8;
const compiledByJson = new Map<string, Compiled>();

/** Compiles the model behind `modelJson`, reusing an earlier compilation of the same text. */
export function compiledFor(modelJson: string): Compiled {
  const cached = compiledByJson.get(modelJson);
  if (cached) return cached;
  const compiled = compileModel(JSON.parse(modelJson) as Model);
  if (compiledByJson.size >= CACHE_LIMIT) {
    const oldest = compiledByJson.keys().next().value;
    if (oldest !== undefined) compiledByJson.delete(oldest);
  }
  compiledByJson.set(modelJson, compiled);
  return compiled;
}

/**
 * Runs the batch's replications in the order given and returns their results in that order.
 * Throws whatever the engine throws (a runtime model error carries its own context).
 */
export function runReplicationBatch(batch: ReplicationBatch): RepResult[] {
  const compiled = compiledFor(batch.modelJson);
  return batch.replications.map((replication) => runReplication(compiled, replication));
}
