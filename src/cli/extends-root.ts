/**
 * `--extends-root DIR`: the folders, besides a proposal's own folder tree, that its
 * `extends:` may reach.
 *
 * A team keeps today's model in models/current/branch.yaml and proposals in
 * models/proposals/lunch.yaml with `extends: ../current/branch.yaml`; by default that is
 * refused (a proposal reaches only its own folder and below), and
 * `procsim run models/proposals/lunch.yaml --extends-root models` allows it. Nothing outside
 * the named trees is ever read.
 */
import type { Argv } from "yargs";
import type { LoadAnyOptions } from "../model/overlays/load.js";

/** The option as parsed. */
export interface ExtendsRootArgs {
  extendsRoot?: string[];
}

/** Adds `--extends-root` (repeatable) to a command that loads model files. */
export function withExtendsRoot<T>(yargs: Argv<T>): Argv<T & ExtendsRootArgs> {
  return yargs.option("extends-root", {
    type: "string",
    array: true,
    describe: "A folder whose files extends: may also reach (repeatable; default: only the proposal's own folder and below)",
  }) as Argv<T & ExtendsRootArgs>;
}

/** The load options the argument asks for. */
export function extendsRootsOf(args: ExtendsRootArgs): LoadAnyOptions {
  return args.extendsRoot === undefined ? {} : { extendsRoots: args.extendsRoot.map(String) };
}
