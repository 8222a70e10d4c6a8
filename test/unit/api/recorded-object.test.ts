/**
 * A model with recorded arrivals loaded from its document: without the file's path it has no
 * folder to read the CSV from, and the one issue says how to give it (the second argument);
 * the attributes the recording's columns would give are not also reported as undrawn.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadModelObject, loadModelText, readModelDocument } from "../../../src/index.js";

const MODEL = new URL("../../../examples/recorded-branch-day.yaml", import.meta.url).pathname;

function document(): Record<string, unknown> {
  const read = readModelDocument(MODEL);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("\n"));
  return read.document;
}

describe("recorded arrivals of a model loaded from an object or text", () => {
  it("without the model's path: one issue, naming the argument that gives the folder", () => {
    const loaded = loadModelObject(document());
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["recordedFile", "arrivals.0.recorded.file"]]);
    expect(loaded.issues[0].message).toBe(
      'recorded arrivals file "recorded-branch-day.csv": the model was not loaded from a file ("<object>" is none), so it has no folder to read it from; ' +
        'give the path of the model file as the second argument of the call that loads it, e.g. loadModelObject(document, "examples/recorded-branch-day.yaml") or loadModelText(text, "examples/recorded-branch-day.yaml"); files it names are read from that file\'s folder',
    );
    const text = loadModelText(readFileSync(MODEL, "utf8"));
    expect(text.ok ? [] : text.issues.map((i) => i.code)).toEqual(["recordedFile"]);
  });

  it("with the model's path as the second argument: loads, as the file does", () => {
    const loaded = loadModelObject(document(), MODEL);
    expect(loaded.ok ? [] : loaded.issues.map((i) => i.message)).toEqual([]);
  });

  it("still reports an attribute that no source and no recorded column gives", () => {
    const doc = document() as { steps: { next?: unknown }[] };
    doc.steps[0].next = [{ to: "authorisation", if: { attribute: "cahs", above: 10000 } }, { to: "exit" }];
    const loaded = loadModelObject(doc);
    expect(loaded.ok ? [] : loaded.issues.map((i) => i.code)).toEqual(["recordedFile", "unknownAttribute"]);
  });
});
