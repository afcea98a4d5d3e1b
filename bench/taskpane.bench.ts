/**
 * The task pane on a slow PC (docs/PERFORMANCE.md: the list of sources visible ≤1.5 s after navigation with
 * Chromium's CPU slowed 4×): the built page, median of 5 cold loads, each in a fresh browser context.
 * Needs `npm run build` and Chromium.
 */
import { coldLoad, median, openBrowser } from "./support/browser";

const LOADS = 5;

export async function run(): Promise<Record<string, number | string>> {
  const session = await openBrowser();
  try {
    await coldLoad(session); // warms the server and Chromium itself, not the page (each load is a fresh context)
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) times.push((await coldLoad(session, { cpuSlowdown: 4 })).listVisibleMs);
    const listVisibleMs4x = median(times);
    return {
      listVisibleMs4x,
      listVisibleMs4xRuns: times.join("/"),
      listVisibleBarMs: 1500,
      listVisibleWithinBar: listVisibleMs4x <= 1500 ? 1 : 0,
    };
  } finally {
    await session.close();
  }
}
