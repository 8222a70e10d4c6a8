// `main()` from "procsim/cli" called twice in one host (a notebook, a test runner): a failing
// call sets exit code 2, and a later successful call leaves no failure code behind.
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../../src/cli/main.js";

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("main", () => {
  it("clears an earlier call's exit code when it succeeds", async () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await main(["validate", "test/fixtures/broken/01-unknown-resource.yaml"]);
    expect(process.exitCode).toBe(2);
    // `schema` prints the JSON Schema and sets no exit code of its own.
    await main(["schema"]);
    expect(process.exitCode).toBeUndefined();
  });
});
