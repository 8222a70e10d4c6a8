/**
 * The PNG drawing thread: a chart drawn there is byte for byte the PNG drawn on the calling
 * thread, answers come back to the request that asked (however many are in flight), an SVG
 * resvg cannot read fails its own request only, and closing stops the thread.
 */
import { afterEach, describe, expect, it } from "vitest";
import { PngDrawer } from "../../../src/report/png-drawer.js";
import { svgToPng } from "../../../src/report/write-png.js";

const chartSvg = (label: string, width: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40"><rect width="${width}" height="40" fill="#4c78a8"/><text x="8" y="28" font-family="DejaVu Sans" font-size="16">${label}</text></svg>`;

const drawers: PngDrawer[] = [];
afterEach(async () => {
  await Promise.all(drawers.splice(0).map((drawer) => drawer.close()));
});

function newDrawer(): PngDrawer {
  const drawer = new PngDrawer();
  drawers.push(drawer);
  return drawer;
}

describe("PngDrawer", () => {
  it("draws the same bytes as the calling thread, each answer to its own request", async () => {
    const svgs = [chartSvg("Tellers 91%", 160), chartSvg("Cost per case 191.6", 220), chartSvg("Wait −64%", 140)];
    const drawn = await Promise.all(svgs.map((svg) => newDrawer().draw(svg)));
    const inOneThread = await Promise.all(svgs.map((svg) => drawers[0].draw(svg)));
    const local = svgs.map((svg) => new Uint8Array(svgToPng(svg)));
    expect(drawn).toEqual(local);
    expect(inOneThread).toEqual(local);
    expect(new Set(local.map((png) => png.length)).size).toBe(3);
  });

  it("draws at the zoom asked for", async () => {
    const svg = chartSvg("Approvers", 100);
    const png = await newDrawer().draw(svg, 1);
    expect(png).toEqual(new Uint8Array(svgToPng(svg, 1)));
    // PNG header: width and height are the big-endian words at bytes 16 and 20.
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([100, 40]);
  });

  it("fails only the request whose SVG cannot be read, and goes on drawing", async () => {
    const drawer = newDrawer();
    const bad = drawer.draw("<svg this is not svg");
    const good = drawer.draw(chartSvg("Clerks", 120));
    await expect(bad).rejects.toThrow(/\S/);
    expect(await good).toEqual(new Uint8Array(svgToPng(chartSvg("Clerks", 120))));
  });

  it("rejects requests still in flight when closed, and can be closed twice", async () => {
    const drawer = newDrawer();
    const rejected = expect(drawer.draw(chartSvg("Managers", 3000))).rejects.toThrow(/closed/);
    await drawer.close();
    await rejected;
    await drawer.close();
  });
});
