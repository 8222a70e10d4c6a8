/**
 * Several PNG threads starting at once (two reports written side by side in one notebook
 * kernel): each obtains the runtime's collector by switching a process-wide V8 flag on and off,
 * and they take turns, so every thread draws and frees its pictures.
 */
import { afterEach, describe, expect, it } from "vitest";
import { PngDrawer } from "../../../src/report/png-drawer.js";
import { svgToPng } from "../../../src/report/write-png.js";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="60" height="20" fill="#f58518"/></svg>`;

const drawers: PngDrawer[] = [];
afterEach(async () => {
  await Promise.all(drawers.splice(0).map((drawer) => drawer.close()));
});

describe("PNG threads started together", () => {
  it("each draws twice (the second draw follows a full collection on its thread)", async () => {
    const expected = new Uint8Array(svgToPng(svg));
    for (let round = 0; round < 3; round++) {
      const started = Array.from({ length: 6 }, () => {
        const drawer = new PngDrawer().start();
        drawers.push(drawer);
        return drawer;
      });
      const drawn = await Promise.all(started.flatMap((drawer) => [drawer.draw(svg), drawer.draw(svg)]));
      expect(drawn).toEqual(Array.from({ length: 12 }, () => expected));
      await Promise.all(drawers.splice(0).map((drawer) => drawer.close()));
    }
  });
});
