// The command registry lists each command's usage line and description so that `procsim
// --help` need not load the command modules: each entry must say what its module says, and
// a command line naming a command must get that command in full.
import { describe, expect, it } from "vitest";
import { commandName, commandsFor, COMMANDS } from "../../../src/cli/commands/index.js";

describe("the command registry", () => {
  it.each(COMMANDS.map((entry) => [commandName(entry), entry] as const))("lists %s as its module does", async (_name, entry) => {
    const module = await entry.load();
    expect({ command: module.command, describe: module.describe }).toEqual({ command: entry.command, describe: entry.describe });
  });

  it("loads the named command in full and lists the others", async () => {
    const commands = await commandsFor(["validate", "branch.yaml", "--json"]);
    const validate = commands.find((c) => c.command === "validate <files..>");
    expect(validate?.builder).toBeTypeOf("function");
    const others = commands.filter((c) => c !== validate);
    expect(others).toHaveLength(COMMANDS.length - 1);
    for (const other of others) expect(other.builder).toBeUndefined();
  });

  it("refuses to run a command it only listed", async () => {
    const listed = (await commandsFor(["--help"]))[0];
    expect(() => listed.handler({ _: [], $0: "procsim" })).toThrow(/validate command was run without being loaded/);
  });
});
