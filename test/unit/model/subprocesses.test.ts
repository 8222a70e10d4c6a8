/**
 * Sub-processes: a use step is expanded into the group's steps, named per use, and runs
 * exactly as the same steps written out by hand; every mistake is a located error; a group
 * from another file of the folder is read under the extends: rule.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelFile, loadModelText } from "../../../src/model/source/load.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { runReplication } from "../../../src/experiment/replicate.js";
import type { Model } from "../../../src/model/compile/model.js";
import { expectLocated, issueFor } from "./helpers.js";

const HEAD = `name: loans
run: { horizon: 2d, replications: 2, seed: 5 }
arrivals:
  - name: online
    ratePerHour: 3
resources:
  clerks: { capacity: 3 }
`;

const WITH_USE = `${HEAD}subprocesses:
  verify documents:
    - name: check id
      resource: clerks
      duration: { exponential: { mean: 5min } }
    - name: check income
      resource: clerks
      duration: 8min
      next: [{ to: request papers, p: 20% }, { to: return, p: 80% }]
    - name: request papers
      duration: 1h
      next: check income
steps:
  - name: verify at intake
    use: verify documents
  - name: decide
    resource: clerks
    duration: { exponential: { mean: 10min } }
    next: [{ to: verify before payout, p: 90% }, { to: exit, p: 10% }]
  - name: verify before payout
    use: verify documents
    next: payout
  - name: payout
    duration: 1min
`;

const BY_HAND = `${HEAD}steps:
  - name: "verify at intake: check id"
    resource: clerks
    duration: { exponential: { mean: 5min } }
  - name: "verify at intake: check income"
    resource: clerks
    duration: 8min
    next: [{ to: "verify at intake: request papers", p: 20% }, { to: decide, p: 80% }]
  - name: "verify at intake: request papers"
    duration: 1h
    next: "verify at intake: check income"
  - name: decide
    resource: clerks
    duration: { exponential: { mean: 10min } }
    next: [{ to: "verify before payout: check id", p: 90% }, { to: exit, p: 10% }]
  - name: "verify before payout: check id"
    resource: clerks
    duration: { exponential: { mean: 5min } }
  - name: "verify before payout: check income"
    resource: clerks
    duration: 8min
    next: [{ to: "verify before payout: request papers", p: 20% }, { to: payout, p: 80% }]
  - name: "verify before payout: request papers"
    duration: 1h
    next: "verify before payout: check income"
  - name: payout
    duration: 1min
`;

function modelOf(text: string): Model {
  const result = loadModelText(text, "model.yaml");
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.model;
}

describe("sub-processes", () => {
  it("expand into steps named per use, with the group's routes made explicit", () => {
    const model = modelOf(WITH_USE);
    expect(model.steps.map((step) => step.name)).toEqual(modelOf(BY_HAND).steps.map((step) => step.name));
    expect(model.steps[1].next).toEqual({ kind: "branch", options: [{ to: "verify at intake: request papers", p: 0.2 }, { to: "decide", p: 0.8 }] });
    expect(model.steps[5].path).toEqual(["subprocesses", "verify documents", 1]);
  });

  it("give exactly the results of the same steps written out by hand", () => {
    const expanded = compileModel(modelOf(WITH_USE));
    const byHand = compileModel(modelOf(BY_HAND));
    for (const replication of [0, 1]) expect(runReplication(expanded, replication)).toEqual(runReplication(byHand, replication));
    expect(runReplication(expanded, 0).kpis["step/verify before payout: check id/visits"]).toBeGreaterThan(0);
  });

  it("a source may start at a use step, and groups may use groups", () => {
    const text = WITH_USE
      .replace("    ratePerHour: 3\n", "    ratePerHour: 3\n    start: verify before payout\n")
      .replace("  verify documents:\n", "  full check:\n    - name: inner\n      use: verify documents\n  verify documents:\n")
      .replace("    use: verify documents\n    next: payout", "    use: full check\n    next: payout");
    const model = modelOf(text);
    expect(model.arrivals[0].firstStep).toBe("verify before payout: inner: check id");
    expect(model.steps.find((step) => step.name === "verify before payout: inner: check income")?.next).toEqual({
      kind: "branch", options: [{ to: "verify before payout: inner: request papers", p: 0.2 }, { to: "payout", p: 0.8 }],
    });
  });

  it("an unknown sub-process is an error at use, with a suggestion", () => {
    const text = WITH_USE.replace("    use: verify documents\n    next: payout", "    use: verify document\n    next: payout");
    const issue = issueFor(text, "unknownSubprocess");
    expectLocated(issue, { path: ["steps", 2, "use"], text, needle: "verify document\n" });
    expect(issue.message).toContain('did you mean "verify documents"');
  });

  it("a sub-process that uses itself is an error", () => {
    const text = WITH_USE.replace("    - name: request papers\n      duration: 1h\n", "    - name: request papers\n      use: verify documents\n");
    expect(issueFor(text, "subprocessRecursion").path).toEqual(["subprocesses", "verify documents", 2, "use"]);
  });

  it("a use step with an activity of its own, or a step without duration, is an error", () => {
    const withResource = WITH_USE.replace("    use: verify documents\n    next: payout", "    use: verify documents\n    resource: clerks\n    next: payout");
    expect(issueFor(withResource, "useWithActivity").path).toEqual(["steps", 2, "resource"]);
    const noDuration = WITH_USE.replace("  - name: payout\n    duration: 1min\n", "  - name: payout\n");
    expect(issueFor(noDuration, "missingKey").path).toEqual(["steps", 3, "duration"]);
  });

  it("an expanded name that clashes with a step of the model is an error", () => {
    const text = WITH_USE.replace("  - name: payout\n", "  - name: \"verify at intake: check id\"\n    duration: 1min\n  - name: payout\n");
    expect(issueFor(text, "duplicateName").params.name).toBe("verify at intake: check id");
  });

  it("a group from another file of the folder is used; a file outside the folder is refused", () => {
    const root = mkdtempSync(join(tmpdir(), "procsim-sub-"));
    const folder = join(root, "scenario");
    mkdirSync(folder);
    const library = WITH_USE.slice(WITH_USE.indexOf("subprocesses:"), WITH_USE.indexOf("steps:"));
    writeFileSync(join(folder, "common.yaml"), library);
    writeFileSync(join(root, "outside.yaml"), library);
    const local = WITH_USE.replace(library, "").replaceAll("use: verify documents", "use: { file: common.yaml, name: verify documents }");
    writeFileSync(join(folder, "model.yaml"), local);
    const loaded = loadModelFile(join(folder, "model.yaml"));
    expect(loaded.ok && loaded.model.steps.map((step) => step.name)).toEqual(modelOf(BY_HAND).steps.map((step) => step.name));
    writeFileSync(join(folder, "escape.yaml"), local.replaceAll("file: common.yaml", "file: ../outside.yaml"));
    const refused = loadModelFile(join(folder, "escape.yaml"));
    expect(refused.ok).toBe(false);
    const issue = !refused.ok ? refused.issues.find((i) => i.code === "subprocessFile") : undefined;
    expect(issue?.path).toEqual(["steps", 0, "use", "file"]);
    expect(issue?.message).toContain("outside the model's folder");
  });
});
