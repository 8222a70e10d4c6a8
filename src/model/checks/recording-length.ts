/**
 * A recording shorter than the run, when the model does not say what happens after it.
 *
 * Riverside's one-day recording in a 20-day run without `afterRecording`: the source would
 * fall silent after Monday, which is rarely what was meant; the warning asks for stop or
 * repeat to be written down.
 */
import type { Model } from "../compile/model.js";
import { warning, type IssueDraft } from "../source/issues.js";
import { MINUTES_PER_DAY } from "../schema/units.js";

/** Working days that start before `horizon` minutes (time 0 is Monday 00:00). */
function workingDaysBefore(model: Model, horizon: number): number {
  const days = model.calendar.always ? [true, true, true, true, true, true, true] : model.calendar.days;
  let count = 0;
  for (let day = 0; day * MINUTES_PER_DAY < horizon && day < 366 * 100; day++) if (days[day % 7]) count++;
  return count;
}

/** Warns about recordings shorter than the run without a declared afterRecording. */
export function checkRecordingLength(model: Model): IssueDraft[] {
  const horizon = model.run.horizon;
  const issues: IssueDraft[] = [];
  for (const source of model.arrivals) {
    const recorded = source.recorded;
    if (recorded === undefined) continue;
    if (recorded.afterRecordingDefault !== true || horizon === null) continue;
    const runDays = workingDaysBefore(model, horizon);
    if (runDays > recorded.days) issues.push(warning("recordedShorterThanRun", [...recorded.path, "file"], { file: recorded.file, days: recorded.days, runDays }));
  }
  return issues;
}
