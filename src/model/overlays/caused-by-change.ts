/**
 * Errors of a proposal's merged model that stand at a base-file line the changes made wrong,
 * moved to the change that made them appear.
 *
 * Step "welcome" seizes the advisers and "paperwork" releases them. A proposal removes
 * "welcome": the merged model's check says "the case does not hold "advisers" here" at
 * `steps[2].release` of the base file, a line that is valid in the base model alone. The
 * cause is the `removeStep`, so the error is reported there and names the base line it
 * concerns: `found removing "welcome" makes release of step "paperwork" (held.yaml:17:50) wrong: …`.
 * The change is found by applying the changes in order: it is the one after which the error
 * appears and stays (an error the base model has without any change stays where it is). When
 * a proposal extends another, the error is looked for in the outer proposal's changes first,
 * then in the extended one's.
 *
 * Warnings move the same way, worded as they are (so they read the same, in Chinese too): a
 * `setCapacity: { resource: clerks, capacity: 1 }` that leaves the clerks offered more work
 * than they have is warned about at that change, not at `resources.clerks` of the base file.
 * A warning the base model already has, alone, keeps its base line.
 */
import { basename } from "node:path";
import { error, wordIssue, type ModelIssue } from "../source/issues.js";
import { locatePath } from "../source/yaml-source.js";
import type { Change } from "./schema.js";
import type { SourceFile } from "./provenance.js";
import { referenceAt, type RemovedStep } from "./left-behind.js";

/**
 * The located errors of the merged model after the first `count` changes of the proposal at
 * `level` (0: the file loaded, 1: the proposal it extends, …), none of the proposals above it
 * and all of those below it; its warnings when it has no error.
 */
export type Replay = (level: number, count: number) => readonly ModelIssue[];

/** What makes two located errors the same: code and position. */
const keyOf = (issue: ModelIssue): string => `${issue.code}|${issue.file}|${issue.line}|${issue.column}`;

/** The proposal whose changes are searched: its file, its changes as read, how many were written. */
export interface ProposalChanges {
  readonly source: SourceFile;
  readonly changes: readonly Change[];
  readonly written: number;
  /** Steps the changes took out: a change that removed one is named by its act (`removing "welcome"`). */
  readonly removed?: ReadonlyMap<string, RemovedStep>;
}

/** An issue of the merged model at its merged-model path, and as located in the files. */
export interface LocatedIssue {
  readonly merged: ModelIssue;
  readonly located: ModelIssue;
}

/**
 * The located issues with every error or warning that stands at a base file's line restated at
 * the change after which it appears and stays, when there is one (a warning the base model
 * alone has stays). `model` is the merged model (to word the reference at the issue's merged
 * path); `proposals` are the file loaded and the proposals it extends, outermost first;
 * `replay` gives the located issues after a prefix of the changes (called only when such an
 * issue exists, once per prefix).
 */
export function causedByChanges(issues: readonly LocatedIssue[], model: Readonly<Record<string, unknown>>, proposals: readonly ProposalChanges[], replay: Replay): ModelIssue[] {
  const cache = new Map<string, Set<string>>();
  const present = (level: number, count: number, key: string): boolean => {
    let keys = cache.get(`${level}/${count}`);
    if (!keys) cache.set(`${level}/${count}`, (keys = new Set(replay(level, count).map(keyOf))));
    return keys.has(key);
  };
  const files = new Set(proposals.map((proposal) => proposal.source.file));
  return issues.map(({ merged, located: issue }) => {
    if (issue.path[0] === "changes" || files.has(issue.file)) return issue;
    const key = keyOf(issue);
    if (issue.severity === "warning" && present(proposals.length - 1, 0, key)) return issue;
    for (const [level, proposal] of proposals.entries()) {
      let count = proposal.written;
      while (count > 0 && present(level, count - 1, key)) count -= 1;
      const change = proposal.changes.find((c) => c.index === count - 1);
      if (change && issue.severity === "warning") return { ...issue, ...changeAt(proposal.source, change) };
      if (change) return restated(issue, merged, change, model, proposal);
      if (count > 0) return issue;
    }
    return issue;
  });
}

/** Where a change stands: its file, the path of its kind's key and that key's line and column. */
function changeAt(source: SourceFile, change: Change): Pick<ModelIssue, "file" | "path" | "line" | "column"> {
  const path = ["changes", change.index, change.kind];
  return { file: source.file, path, ...locatePath(source.yaml, path, true) };
}

/** The error said at the change, naming the base line it concerns. */
function restated(issue: ModelIssue, merged: ModelIssue, change: Change, model: Readonly<Record<string, unknown>>, { source, removed }: ProposalChanges): ModelIssue {
  const path = ["changes", change.index, change.kind];
  const act = [...(removed?.values() ?? [])].find((step) => step.origin.source === source && step.origin.path[1] === change.index);
  const where = `${referenceAt(model, merged.path)} (${basename(issue.file)}:${issue.line}:${issue.column})`;
  const draft = error("invalidValue", path, {
    found: `${act?.verb ?? "this change"} makes ${where} wrong: ${issue.message}`,
    expected: "change or drop this change, or edit that part of the base model so that it holds with the change",
  });
  return { ...draft, file: source.file, ...locatePath(source.yaml, path, true), message: wordIssue(draft) };
}
