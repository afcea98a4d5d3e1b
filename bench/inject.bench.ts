/**
 * Inject round trips and request sizes (bars in docs/PERFORMANCE.md): one source (≤3 syncs), every built-in source, and
 * a 10,000-row catalog (≤10 syncs, no request over 4 MB), fresh and re-injected, measured on the
 * recording fake of the Excel API (test/workbook/office/fakeExcel.ts) that serializes each sync's
 * request as JSON.
 */
import { builtInCatalog } from "../src/catalog";
import type { Catalog } from "../src/core/schema";
import { buildPlan } from "../src/workbook";
import { applyPlan } from "../src/workbook/office/render";
import { FakeExcel } from "../test/workbook/office/fakeExcel";
import { syntheticCatalog } from "../test/workbook/office/syntheticCatalog";

async function measure(catalog: Catalog, ids: string[], form: "addin" | "portable") {
  const x = new FakeExcel();
  const plan = buildPlan(catalog, ids, { form, reportDate: "2024-12-31" });
  const t0 = performance.now();
  const first = await applyPlan(x.context, plan, { form });
  const ms = performance.now() - t0;
  const firstMax = x.maxRequestBytes;
  const before = x.requestBytes.length;
  const again = await applyPlan(x.context, plan, { form });
  const againMax = Math.max(...x.requestBytes.slice(before));
  return {
    syncs: first.syncs,
    reSyncs: again.syncs,
    maxMB: +(Math.max(firstMax, againMax) / 1_048_576).toFixed(3),
    ms: Math.round(ms),
  };
}

export async function run(): Promise<Record<string, number>> {
  const catalog = builtInCatalog();
  const one = await measure(catalog, ["DY-MFG-2024"], "addin");
  const bank = await measure(catalog, ["HS-BANK-2024"], "addin");
  const all = await measure(
    catalog,
    catalog.sources.map((s) => s.id),
    "addin",
  );
  const big = syntheticCatalog(10_000);
  const bigAddin = await measure(big, ["DY-MFG-2024"], "addin");
  const bigPortable = await measure(big, ["DY-MFG-2024"], "portable");
  return {
    oneSourceSyncs: one.syncs,
    oneSourceReinjectSyncs: one.reSyncs,
    oneSourceMaxRequestMB: one.maxMB,
    bankSyncs: bank.syncs,
    bankReinjectSyncs: bank.reSyncs,
    allSourcesSyncs: all.syncs,
    allSourcesReinjectSyncs: all.reSyncs,
    allSourcesMaxRequestMB: all.maxMB,
    rows10kSyncs: bigAddin.syncs,
    rows10kReinjectSyncs: bigAddin.reSyncs,
    rows10kMaxRequestMB: bigAddin.maxMB,
    rows10kPortableSyncs: bigPortable.syncs,
    rows10kPortableReinjectSyncs: bigPortable.reSyncs,
    rows10kPortableMaxRequestMB: bigPortable.maxMB,
    rows10kRenderMs: bigAddin.ms,
  };
}
