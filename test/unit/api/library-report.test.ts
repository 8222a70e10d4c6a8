/**
 * A report written from the library is the CLI's: the result of `compareFiles` / `compare`
 * remembers its models, so `writeComparisonReport(result)` words what the proposal changes,
 * the money, the assumptions and the caveats, in the model's language, with nothing passed.
 * A result that has lost its models (read back from JSON) says the changes are unknown,
 * never "no input differs".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compare, compareFiles, loadModelFile, simulateSync, writeComparisonReport, writeRunReport, type PairedComparison } from "../../../src/index.js";
import { writeComparisonReport as writeWithContext, writeRunReport as writeRunWithContext } from "../../../src/report/write.js";
import { comparisonContextOf, runContextOf } from "../../../src/api/model-facts.js";
import { withoutReplications } from "../../../src/cli/experiment-output.js";
import { comparisonDecisionSummary } from "../../../src/report/decision-summary.js";
import { decisionHtml } from "../../../src/report/decision-html.js";
import { accountOpeningComparison } from "../../fixtures/results/account-opening.js";
import type { Model } from "../../../src/model/compile/model.js";

const root = mkdtempSync(join(tmpdir(), "procsim-library-report-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const model = (name: string, tellers: number, language = "") => `name: ${name}
${language ? `language: ${language}\n` : ""}timeUnit: min
calendar: { open: "09:00", close: "11:00", days: weekdays }
currency: CNY
run: { horizon: 1d, replications: 3, seed: 5 }
arrivals:
  - { name: walk-in, ratePerHour: 30 }
resources:
  tellers: { capacity: ${tellers}, costPerHour: 30 }
steps:
  - { name: counter, resource: tellers, duration: { exponential: { mean: 5 } } }
`;

function files(language = ""): [string, string] {
  const dir = mkdtempSync(join(root, "models-"));
  writeFileSync(join(dir, "today.yaml"), model("Counter today", 2, language));
  writeFileSync(join(dir, "more.yaml"), model("One more teller", 3, language));
  return [join(dir, "today.yaml"), join(dir, "more.yaml")];
}

function loaded(path: string): Model {
  const result = loadModelFile(path);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
  return result.model;
}

const html = (dir: string): string => readFileSync(join(dir, "index.html"), "utf8");

async function compared(paths: [string, string]): Promise<PairedComparison> {
  const outcome = await compareFiles(paths[0], [paths[1]], { workers: 1 });
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("\n"));
  return outcome.value;
}

describe("a report written from the library", () => {
  it("is the CLI's report of the same comparison, changes, money, assumptions and caveats included", async () => {
    const paths = files();
    const result = await compared(paths);
    const library = await writeComparisonReport(result, { cwd: root, outDir: "library", png: false });
    // What `procsim compare` writes: the models' context passed in, per-replication records left out.
    const context = comparisonContextOf(paths.map(loaded), result, {});
    const cli = await writeWithContext(withoutReplications(result), { cwd: root, outDir: "cli", png: false, context });
    expect(library.ok && cli.ok).toBe(true);
    if (!library.ok || !cli.ok) return;
    const page = html(library.dir);
    expect(page).toContain("Staff tellers: 2 → 3.");
    expect(page).not.toContain("No input differs");
    expect(page).toContain('<section id="assumptions">');
    expect(page).toContain("<h3>Money</h3>");
    expect(page).toContain("Total cost change:");
    expect(page).toContain('<html lang="en">');
    for (const name of library.files) expect(readFileSync(join(library.dir, name)), name).toEqual(readFileSync(join(cli.dir, name)));
  });

  it("keeps the models through a spread of the result, and for compare and simulateSync", async () => {
    const paths = files();
    const [today, more] = paths.map(loaded);
    const result = await compare(today, [more], { workers: 1 });
    const written = await writeComparisonReport({ ...result }, { cwd: root, outDir: "spread", png: false });
    expect(written.ok && html(written.dir)).toContain("Staff tellers: 2 → 3.");
    const run = simulateSync(today);
    const own = await writeRunReport(run, { cwd: root, outDir: "run-library", png: false });
    const cli = await writeRunWithContext(withoutReplications(run), { cwd: root, outDir: "run-cli", png: false, context: runContextOf(today, run) });
    expect(own.ok && cli.ok).toBe(true);
    if (own.ok && cli.ok) expect(html(own.dir)).toBe(html(cli.dir));
  });

  it("speaks the model's language, unless told another", async () => {
    const result = await compared(files("zh"));
    const zh = await writeComparisonReport(result, { cwd: root, outDir: "zh", png: false });
    const en = await writeComparisonReport(result, { cwd: root, outDir: "en", png: false, language: "en" });
    expect(zh.ok && en.ok).toBe(true);
    if (!zh.ok || !en.ok) return;
    expect(html(zh.dir)).toContain('<html lang="zh-CN">');
    expect(html(zh.dir)).toContain("决策摘要");
    expect(html(zh.dir)).toContain("配置人数 tellers：2 → 3。");
    expect(html(en.dir)).toContain('<html lang="en">');
    expect(html(en.dir)).toContain("Staff tellers: 2 → 3.");
  });

  it("says the changes are unknown, not that none differs, for a result without its models", async () => {
    const result = JSON.parse(JSON.stringify(await compared(files()))) as PairedComparison;
    const written = await writeComparisonReport(result, { cwd: root, outDir: "from-json", png: false });
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(html(written.dir)).toContain("The models were not given to the report, so what this proposal changes is not listed");
    expect(html(written.dir)).not.toContain("No input differs");
  });
});

describe("the decision summary without the models' facts", () => {
  it("has unknown changes (null), worded as such", () => {
    const summary = comparisonDecisionSummary(accountOpeningComparison, null);
    expect(summary.proposals.map((p) => p.changes)).toEqual(summary.proposals.map(() => null));
    expect(summary.proposals.length).toBeGreaterThan(0);
    expect(decisionHtml(summary)).toContain("The models were not given to the report");
    expect(decisionHtml(summary)).not.toContain("No input differs");
  });
});
