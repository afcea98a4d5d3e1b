/**
 * The shared runtime's first job: the page registers every custom function.
 * Time from navigation until the last CustomFunctions.associate call (stubbed in the page), with
 * Chromium's CPU slowed 4×; median of 5 cold loads. Needs `npm run build` and Chromium.
 */
import { coldLoad, median, openBrowser } from "./support/browser";

const LOADS = 5;

export async function run(): Promise<Record<string, number | string>> {
  const session = await openBrowser();
  try {
    await coldLoad(session);
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) times.push((await coldLoad(session, { cpuSlowdown: 4 })).functionsReadyMs);
    return { functionsReadyMs4x: median(times), functionsReadyMs4xRuns: times.join("/") };
  } finally {
    await session.close();
  }
}
