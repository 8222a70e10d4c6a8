/**
 * Per-replication KPI values: the numbers every interval is computed from, for estimators of
 * one's own (a ratio estimator, a published KPI convention, a regression on the seed).
 *
 * After `simulate` of the branch-counter day with 30 replications, `replicationKpis(run)`
 * gives 30 rows of { replication, kpis: { "overall/waitTime.mean": 1.7, … } }, and
 * `replicationCsv` the same as CSV with one row per model and replication.
 */
import { tableToCsv, type Column, type Table } from "../report/tables.js";
import type { ComparisonResult, RepResult, RunResult } from "../stats/result-types.js";

/** One replication's KPI values, keyed like `RunResult.kpis` (null where undefined). */
export interface ReplicationKpis {
  readonly replication: number;
  readonly kpis: Readonly<Record<string, number | null>>;
}

/** A run as computed in this process (from `simulate` or `compare`), with its replication records. */
type WithReplications = RunResult & { readonly repResults?: readonly RepResult[] };

/**
 * The KPI values of each replication of a run, in replication order.
 * @throws Error when the result carries no replication records (e.g. read back from a JSON
 * file written without them).
 */
export function replicationKpis(run: RunResult): ReplicationKpis[] {
  const records = (run as WithReplications).repResults;
  if (!records) throw new Error(`the result of "${run.model}" carries no per-replication records: use the result of simulate or compare in this process`);
  return records.map((record) => ({ replication: record.replication, kpis: record.kpis }));
}

interface ReplicationRow extends ReplicationKpis {
  readonly model: string;
}

/** Per-replication KPI values of several runs: one row per model and replication, one column per KPI. */
export function replicationTable(runs: readonly { readonly name: string; readonly run: RunResult }[]): Table<ReplicationRow> {
  const keys = [...new Set(runs.flatMap(({ run }) => run.kpiDefs.map((def) => def.key)))];
  const fixed: Column<ReplicationRow>[] = [
    { header: "model", align: "left", raw: (row) => row.model, text: (row) => row.model },
    { header: "replication", align: "right", raw: (row) => row.replication, text: (row) => String(row.replication) },
  ];
  const values: Column<ReplicationRow>[] = keys.map((key) => ({
    header: key,
    align: "right",
    raw: (row) => row.kpis[key] ?? null,
    text: (row) => String(row.kpis[key] ?? ""),
  }));
  const rows = runs.flatMap(({ name, run }) => replicationKpis(run).map((values) => ({ model: name, ...values })));
  return { title: "KPI values per replication", columns: [...fixed, ...values], rows };
}

/** The runs of a comparison, current first, each with the name it is reported under. */
export function comparisonRuns(result: ComparisonResult): { name: string; run: RunResult }[] {
  return [{ name: result.current.model, run: result.current }, ...result.proposals.map((p) => ({ name: p.name, run: p.result }))];
}

/** CSV with one row per model and replication: model, replication, then every KPI key. */
export function replicationCsv(result: RunResult | ComparisonResult): string {
  const runs = "proposals" in result && "current" in result ? comparisonRuns(result) : [{ name: (result as RunResult).model, run: result as RunResult }];
  return tableToCsv(replicationTable(runs));
}
