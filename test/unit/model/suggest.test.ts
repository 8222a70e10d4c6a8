// Did-you-mean: whole-name typos, case, prefixes, and a misspelt word of a longer name.
import { describe, expect, it } from "vitest";
import { suggest } from "../../../src/model/source/suggest.js";

describe("suggest", () => {
  it("finds the nearest whole name", () => {
    expect(suggest("clerk", ["clerks", "managers"])).toBe("clerks");
    expect(suggest("CLERKS", ["clerks"])).toBe("clerks");
  });

  it("finds a name by one misspelt word of it", () => {
    expect(suggest("aproval", ["verify identity", "first approval", "final approval"])).toBe("first approval");
    expect(suggest("complience", ["data entry", "compliance review"])).toBe("compliance review");
  });

  it("suggests nothing for an unrelated word", () => {
    expect(suggest("mortgage", ["verify identity", "first approval", "data entry"])).toBeUndefined();
  });
});
