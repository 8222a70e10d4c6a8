/**
 * The registry of CLI commands: one yargs CommandModule per file in this folder.
 * Adding a command means adding its file and one line here.
 */
import type { CommandModule } from "yargs";
import { validateCommand } from "./validate.js";
import { schemaCommand } from "./schema.js";
import { runCommand } from "./run.js";
import { compareCommand } from "./compare.js";
import { kpisCommand } from "./kpis.js";
import { mergeCommand } from "./merge.js";
import { sweepCommand } from "./sweep.js";
import { staffCommand } from "./staff.js";

/** Every command the CLI offers, in help order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMANDS: CommandModule<any, any>[] = [validateCommand, schemaCommand, runCommand, compareCommand, kpisCommand, mergeCommand, sweepCommand, staffCommand];
