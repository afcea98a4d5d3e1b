/** `duibiao catalog [--json]`: the built-in sources with what each contributes, and the catalog version. */
import type { Catalog } from "../core/schema";

export interface SourceSummary {
  id: string;
  shortName: string;
  title: string;
  docNumber?: string;
  region: string;
  counts: { indicators: number; tasks: number; rules: number; rubricItems: number };
}

export interface CatalogSummary {
  version: string;
  sources: SourceSummary[];
  totals: SourceSummary["counts"];
}

export function summarize(catalog: Catalog): CatalogSummary {
  const count = <T extends { sourceId: string }>(xs: T[], id: string) => xs.filter((x) => x.sourceId === id).length;
  const sources = catalog.sources.map((s) => ({
    id: s.id,
    shortName: s.shortName,
    title: s.title,
    ...(s.docNumber ? { docNumber: s.docNumber } : {}),
    region: s.region,
    counts: {
      indicators: count(catalog.indicators, s.id),
      tasks: count(catalog.tasks, s.id),
      rules: count(catalog.rules, s.id),
      rubricItems: catalog.rubrics.filter((r) => r.sourceId === s.id).reduce((n, r) => n + r.items.length, 0),
    },
  }));
  const totals = { indicators: 0, tasks: 0, rules: 0, rubricItems: 0 };
  for (const s of sources) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += s.counts[k];
  return { version: catalog.version, sources, totals };
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

export function formatCatalog(summary: CatalogSummary): string {
  const head = ["来源 source", "指标 indicators", "任务 tasks", "规则 rules", "考评项 rubric", "名称 name"];
  const rows = summary.sources.map((s) => [
    s.id,
    String(s.counts.indicators),
    String(s.counts.tasks),
    String(s.counts.rules),
    String(s.counts.rubricItems),
    s.docNumber ? `${s.shortName}（${s.docNumber}）` : s.shortName,
  ]);
  const t = summary.totals;
  rows.push(["合计 total", String(t.indicators), String(t.tasks), String(t.rules), String(t.rubricItems), ""]);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i])))
      .join("  ")
      .trimEnd();
  return [line(head), ...rows.map(line), "", `目录版本 catalog version: ${summary.version}`].join("\n") + "\n";
}
