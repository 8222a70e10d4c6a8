/**
 * Builders for fork and join steps in the small test models of fixtures.ts.
 */
import type { Route, Step } from "../../../src/model/compile/model.js";
import { exit, fixed } from "./fixtures.js";

/** A fork step sending parts to `branches` that meet at `join`. */
export function forkStep(name: string, branches: string[], join: string): Step {
  return { name, kind: "fork", resources: [], duration: fixed(0), next: exit, fork: { branches, join }, path: ["steps", 0] };
}

/** A join step going on to `next`; `need` parts release the case (default all). */
export function joinStep(name: string, next: Route = exit, need?: number): Step {
  return { name, kind: "join", resources: [], duration: fixed(0), next, ...(need === undefined ? {} : { need }), path: ["steps", 0] };
}
