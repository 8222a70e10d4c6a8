/**
 * The working context of one change while it is applied: lookups by name that report a
 * located did-you-mean, and assignments that record where the new value came from.
 *
 * `- removeStep: { step: aproval }` looks up step "aproval"; there is none, so the scope
 * reports `changes[2].removeStep.step: step "aproval" is not defined; did you mean
 * "approval"?` at that spot of the proposal file, and the change is skipped.
 */
import { error, type IssueDraft, type IssueCode, type ParamsArgument } from "../source/issues.js";
import type { ModelPath } from "../compile/model.js";
import type { ChangeKind } from "./schema.js";
import { Provenance, type Origin, type SourceFile } from "./provenance.js";
import { makeRoutesExplicit, type MutableArrival, type MutableModel, type MutableStep } from "./routes.js";
import { suggestion } from "../source/suggest.js";
import { FORBIDDEN_KEYS } from "../source/yaml-keys.js";
import type { RemovedStep } from "./left-behind.js";

/** State shared by all changes of one proposal. */
export interface ApplyState {
  readonly model: MutableModel;
  readonly provenance: Provenance;
  readonly overlay: SourceFile;
  /** Issues found while applying; paths are in the proposal file. */
  readonly drafts: IssueDraft[];
  routesExplicit: boolean;
  /** Steps the changes removed or merged away, by name (see `left-behind.ts`). */
  readonly removed: Map<string, RemovedStep>;
}

/** One change being applied. */
export class ChangeScope {
  constructor(
    readonly state: ApplyState,
    readonly index: number,
    readonly kind: ChangeKind,
  ) {}

  get model(): MutableModel {
    return this.state.model;
  }

  /** The proposal-file path of a parameter of this change. */
  pathOf(...sub: (string | number)[]): ModelPath {
    return ["changes", this.index, this.kind, ...sub];
  }

  /** The origin of a parameter of this change. */
  at(...sub: (string | number)[]): Origin {
    return { source: this.state.overlay, path: this.pathOf(...sub) };
  }

  /** Reports an error at a parameter of this change (a key, or a path below the change). */
  fail<C extends IssueCode>(code: C, param: string | number | readonly (string | number)[], ...params: ParamsArgument<C>): void {
    const sub = Array.isArray(param) ? param : [param as string | number];
    this.state.drafts.push(error(code, this.pathOf(...sub), ...params));
  }

  /** False (after reporting it at `param`) when a new key would reach a JavaScript prototype (`__proto__`, …). */
  safeKey(key: string, param: string): boolean {
    if (!FORBIDDEN_KEYS.has(key)) return true;
    this.fail("forbiddenName", param, { name: key });
    return false;
  }

  /** Sets a field to a value from this change (a deep copy, so shared values stay independent). */
  set(target: Record<string, unknown>, key: string, value: unknown, ...sub: (string | number)[]): void {
    this.state.provenance.assign(target, key, structuredClone(value), this.at(...sub));
  }

  /** Records a whole new object (a step, a pool) as coming from this change. */
  adopt(value: object, ...sub: (string | number)[]): void {
    this.state.provenance.adopt(value, this.at(...sub));
  }

  /** The step called `name`, or undefined after reporting it at parameter `param`. */
  step(name: string, param: string | number | readonly (string | number)[] = "step"): MutableStep | undefined {
    const names = this.model.steps.map((s) => s.name);
    const found = this.model.steps.find((s) => s.name === name);
    if (!found) this.fail("unknownStep", param, { name, allowed: names, ...suggestion(name, names) });
    return found;
  }

  /** The pool called `name`, or undefined after reporting it at parameter `param`. */
  pool(name: string, param: string | number = "resource"): Record<string, unknown> | undefined {
    const pools = this.model.resources ?? {};
    const names = Object.keys(pools);
    if (Object.hasOwn(pools, name)) return pools[name];
    this.fail("unknownResource", param, { name, allowed: names, ...suggestion(name, names) });
    return undefined;
  }

  /** The arrival source called `name`, or undefined after reporting it at parameter `param`. */
  source(name: string, param: string | number = "source"): MutableArrival | undefined {
    const names = this.model.arrivals.map((a) => a.name);
    const found = this.model.arrivals.find((a) => a.name === name);
    if (!found) {
      const hint = suggestion(name, names).suggestion;
      const expected = `${hint ? `did you mean "${hint}"? ` : ""}arrival sources: ${names.join(", ")}`;
      this.fail("invalidValue", param, { found: `source ${JSON.stringify(name)} is not defined`, expected });
    }
    return found;
  }

  /** Records that this change took step `name` out of the model (`verb`: "removing \"correction\""). */
  removed(name: string, verb: string, param: string | number | readonly (string | number)[] = "step"): void {
    const sub = Array.isArray(param) ? param : [param as string | number];
    this.state.removed.set(name, { origin: this.at(...sub), verb });
  }

  /** Makes implicit routes explicit (once), before steps are moved, removed or inserted. */
  explicitRoutes(): void {
    if (this.state.routesExplicit) return;
    const { provenance } = this.state;
    makeRoutesExplicit(this.model, (target, key, value) => {
      const origin = provenance.originOf(target);
      if (origin) provenance.assign(target, key, value, { source: origin.source, path: [...origin.path, key] });
      else target[key] = value;
    });
    this.state.routesExplicit = true;
  }
}
