/**
 * Runs one benchmark case in this process and prints its measurement as one JSON line.
 * main.ts starts one such process per case, so every peak-memory figure belongs to its case
 * alone. Usage: `node --import tsx test/bench/run-case.ts <case id>`.
 */
import { BENCH_CASES } from "./cases.js";

const id = process.argv[2];
const found = BENCH_CASES.find((c) => c.id === id);
if (!found) {
  process.stderr.write(`unknown case "${id}"; cases: ${BENCH_CASES.map((c) => c.id).join(", ")}\n`);
  process.exit(2);
}
const measurement = await found.run();
process.stdout.write(`${JSON.stringify(measurement)}\n`);
