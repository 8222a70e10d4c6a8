/**
 * Provenance of a merged model: which file, and which YAML path in it, each part came from.
 *
 * The proposal "RPA data entry" changes the duration of step "data entry". In the merged
 * model that duration sits at `steps[1].duration`, but a mistake in it must be reported at
 * `changes[0].automateStep.duration` of the proposal file, while a mistake in an untouched
 * step is reported in the base file at the step's original position (removing a step
 * shifts the indices, so positions are tracked per object, not per index).
 */
import type { ModelPath } from "../compile/model.js";
import { locatePath, type Position, type YamlSource } from "../source/yaml-source.js";

/** A parsed file that parts of the merged model came from. */
export interface SourceFile {
  readonly file: string;
  readonly yaml: YamlSource;
}

/** Where a value came from: a file and a YAML path inside it. */
export interface Origin {
  readonly source: SourceFile;
  readonly path: ModelPath;
}

/** A location in a source file. */
export interface Located extends Position {
  readonly file: string;
  /** The path inside that file. */
  readonly path: ModelPath;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

/** Origins of the objects and replaced fields of a merged raw model. */
export class Provenance {
  private readonly nodes = new WeakMap<object, Origin>();
  private readonly fields = new WeakMap<object, Map<string, Origin>>();

  /** Records `value` and everything nested in it as coming from `origin` (sub-paths follow). */
  adopt(value: unknown, origin: Origin): void {
    if (!isContainer(value)) return;
    this.nodes.set(value, origin);
    this.fields.delete(value);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) this.adopt(child, { source: origin.source, path: [...origin.path, key] });
  }

  /** Sets `container[key] = value` and records that the field now comes from `origin`. */
  assign(container: Record<string, unknown>, key: string, value: unknown, origin: Origin): void {
    container[key] = value;
    this.adopt(value, origin);
    let map = this.fields.get(container);
    if (!map) this.fields.set(container, (map = new Map()));
    map.set(key, origin);
  }

  /** The origin of a node, if recorded. */
  originOf(value: object): Origin | undefined {
    return this.nodes.get(value);
  }

  /**
   * Where a path of the merged model came from: the deepest recorded origin along the
   * path, extended by the rest of the path. Null when nothing along it is recorded.
   */
  trace(root: unknown, path: ModelPath): Origin | null {
    let best: Origin | null = isContainer(root) ? (this.nodes.get(root) ?? null) : null;
    let node: unknown = root;
    for (const segment of path) {
      const fieldOrigin = isContainer(node) ? this.fields.get(node)?.get(String(segment)) : undefined;
      const child = isContainer(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
      const childOrigin = isContainer(child) ? this.nodes.get(child) : undefined;
      if (childOrigin) best = childOrigin;
      else if (fieldOrigin) best = fieldOrigin;
      else if (best) best = { source: best.source, path: [...best.path, segment] };
      node = child;
    }
    return best;
  }

  /** The file position of a merged-model path (see `trace`); null when untraceable. */
  locate(root: unknown, path: ModelPath, atKey = false): Located | null {
    const origin = this.trace(root, path);
    if (!origin) return null;
    const position = locatePath(origin.source.yaml, origin.path, atKey);
    return { file: origin.source.file, path: origin.path, ...position };
  }
}
