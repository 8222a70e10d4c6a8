// Test tiers (vitest projects): unit mirrors src/, scenarios runs every bundled model,
// theory checks long runs against queueing theory, determinism checks byte-identical output,
// browser opens generated reports in headless Chromium.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "scenarios", include: ["test/scenarios/**/*.test.ts"] } },
      { extends: true, test: { name: "theory", include: ["test/theory/**/*.test.ts"] } },
      { extends: true, test: { name: "determinism", include: ["test/determinism/**/*.test.ts"] } },
      { extends: true, test: { name: "browser", include: ["test/browser/**/*.test.ts"] } },
    ],
  },
});
