/**
 * The example models shipped with procsim, by name, wherever procsim is installed.
 *
 * A notebook in another project opens the branch-counter day with
 * `loadAnyModelFile(bundledScenario("branch-counter"))` instead of guessing the path into
 * node_modules; `bundledScenarios()` lists the names.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The scenarios folder of the package (two levels above this module in src/ and dist/). */
function scenariosDir(): string {
  return fileURLToPath(new URL("../../scenarios/", import.meta.url));
}

/** Names of the bundled scenarios (file names without `.yaml`), sorted. */
export function bundledScenarios(): string[] {
  return readdirSync(scenariosDir())
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.slice(0, -".yaml".length))
    .sort();
}

/**
 * The path of a bundled scenario, e.g. `bundledScenario("account-opening-rpa-proposed")`.
 * @throws Error naming the bundled scenarios when there is none by that name.
 */
export function bundledScenario(name: string): string {
  const names = bundledScenarios();
  if (!names.includes(name)) throw new Error(`no bundled scenario "${name}"; there are: ${names.join(", ")}`);
  return `${scenariosDir()}${name}.yaml`;
}
