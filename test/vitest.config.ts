// Test tiers (vitest projects): unit mirrors src/, scenarios runs every bundled model,
// theory checks long runs against queueing theory, determinism checks byte-identical output,
// browser opens generated reports in headless Chromium, notebook installs the packed package
// into a fresh project and runs the README's library examples and the example notebook there.
// `npm test` runs them all;
// `npm run test:fast` (mode "fast") runs unit and scenarios without the files listed in SLOW,
// for the edit loop.
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Unit files left out of the fast tier: full report folders with PNG charts (most of the unit
 * tier's time), and the built-package check (needs `npm run build`, spawns Node processes).
 */
const SLOW = ["test/unit/report/write.test.ts", "test/unit/api/lazy-imports.test.ts", "test/unit/cli/start-up-imports.test.ts", "test/unit/cli/code-cache.test.ts"];

export default defineConfig(({ mode }) => {
  const fast = mode === "fast";
  const tier = (name: string, include: string) => ({ extends: true as const, test: { name, include: [include], exclude: fast ? SLOW : [] } });
  return {
    test: {
      root: new URL("..", import.meta.url).pathname,
      pool: "forks",
      // Every core (vitest's default leaves one idle: a single worker on a two-core machine).
      maxWorkers: availableParallelism(),
      // A guard against hangs, not a speed check: the report-folder test needs ~30 s alone and
      // took 158 s on two cores shared with nine other runs.
      testTimeout: 300_000,
      hookTimeout: 300_000,
      projects: [
        tier("unit", "test/unit/**/*.test.ts"),
        tier("scenarios", "test/scenarios/**/*.test.ts"),
        ...(fast
          ? []
          : [
              tier("theory", "test/theory/**/*.test.ts"),
              tier("determinism", "test/determinism/**/*.test.ts"),
              tier("browser", "test/browser/**/*.test.ts"),
              tier("notebook", "test/notebook/**/*.test.ts"),
            ]),
      ],
    },
  };
});
