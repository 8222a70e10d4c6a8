/**
 * Proposal changes to admission: trunk lines (`setLines`) and a step's admission rules
 * (`setAdmission`: limits, balking, patience, messages, retrials).
 *
 * "Ten more trunk lines" is `setLines: { lines: 50 }`; "offer a message after 90 seconds
 * instead of 2 minutes" is `setAdmission: { step: agent, message: { after: 90s, p: 60%,
 * to: callbacks } }`. Each key given replaces the step's; keys not given stay as they were.
 */
import type { ChangeParams } from "./schema.js";
import type { ChangeScope } from "./scope.js";

/** Sets the trunk lines of a source, or the shared ones of the model. */
function setLines(p: ChangeParams<"setLines">, s: ChangeScope): void {
  if (p.source === undefined) {
    s.set(s.model, "lines", p.lines, "lines");
    return;
  }
  const source = s.source(p.source);
  if (source) s.set(source, "lines", p.lines, "lines");
}

/** Sets the given admission keys of a step. */
function setAdmission(p: ChangeParams<"setAdmission">, s: ChangeScope): void {
  const step = s.step(p.step);
  if (!step) return;
  const { step: _name, ...rules } = p;
  for (const [key, value] of Object.entries(rules)) {
    if (value !== undefined) s.set(step, key, value, key);
  }
}

/** The admission change kinds' handlers. */
export const ADMISSION_CHANGES = { setLines, setAdmission };
