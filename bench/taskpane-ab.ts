/**
 * Before/after on a shared, busy machine: cold loads of two (or more) built pages, alternated load
 * by load so that both see the same machine load, CPU slowed 4× as in ./taskpane.bench.ts. Per build:
 * the median and every run of "navigation → list of sources on screen" and "navigation → every
 * function associated", each pair from the same load.
 *
 *   N=7 node -r tsx/cjs bench/taskpane-ab.ts /tmp/dist-before dist
 *
 * Not part of `npm run bench` (not a *.bench.ts): a tool for comparing builds.
 */
import { coldLoad, median } from "./support/browser";
import { openBuild, type BuildSession } from "../test/support/chromium";

async function main(dists: string[], loads: number): Promise<void> {
  const sessions: BuildSession[] = [];
  for (const d of dists) sessions.push(await openBuild(d));
  try {
    for (const s of sessions) await coldLoad(s); // warms the server and Chromium, not the page
    const runs = dists.map(() => ({ list: [] as number[], functions: [] as number[] }));
    for (let i = 0; i < loads; i++)
      for (let j = 0; j < dists.length; j++) {
        const r = await coldLoad(sessions[j], { cpuSlowdown: 4 });
        runs[j].list.push(r.listVisibleMs);
        runs[j].functions.push(r.functionsReadyMs);
      }
    dists.forEach((dist, j) =>
      console.log(
        JSON.stringify({
          dist,
          listVisibleMs4x: median(runs[j].list),
          functionsReadyMs4x: median(runs[j].functions),
          listRuns: runs[j].list.join("/"),
          functionsRuns: runs[j].functions.join("/"),
        }),
      ),
    );
  } finally {
    for (const s of sessions) await s.close();
  }
}

void main(process.argv.slice(2), Number(process.env.N ?? 5));
