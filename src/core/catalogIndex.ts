/**
 * Lookup by ID over a validated catalog. Built once per catalog (maps), so a function call does a
 * hash lookup, never a scan or a parse.
 */
import { notAvailable } from "./errors";
import type { Catalog, Indicator, Rubric, RubricItem, Rule, Source, Task, TargetValue } from "./schema";

export type Entry =
  | { type: "source"; entry: Source }
  | { type: "indicator"; entry: Indicator }
  | { type: "task"; entry: Task }
  | { type: "rule"; entry: Rule }
  | { type: "rubric"; entry: Rubric }
  | { type: "rubricItem"; entry: RubricItem; rubric: Rubric };

export class CatalogIndex {
  private readonly byId = new Map<string, Entry>();

  constructor(readonly catalog: Catalog) {
    for (const s of catalog.sources) this.byId.set(s.id, { type: "source", entry: s });
    for (const i of catalog.indicators) this.byId.set(i.id, { type: "indicator", entry: i });
    for (const t of catalog.tasks) this.byId.set(t.id, { type: "task", entry: t });
    for (const r of catalog.rules) this.byId.set(r.id, { type: "rule", entry: r });
    for (const rb of catalog.rubrics) {
      this.byId.set(rb.id, { type: "rubric", entry: rb });
      for (const item of rb.items) this.byId.set(item.id, { type: "rubricItem", entry: item, rubric: rb });
    }
  }

  get version(): string {
    return this.catalog.version;
  }

  find(id: string): Entry | undefined {
    return this.byId.get(id.trim());
  }

  /** Any entry; unknown → #N/A with the ID in the message. */
  get(id: string): Entry {
    const e = this.find(id);
    if (!e) throw notAvailable(`目录中没有此ID：“${id}”`, `no catalog entry with ID "${id}"`);
    return e;
  }

  indicator(id: string): Indicator {
    const e = this.find(id);
    if (!e || e.type !== "indicator") throw notAvailable(`没有此指标ID：“${id}”`, `no indicator with ID "${id}"`);
    return e.entry;
  }

  rule(id: string): Rule {
    const e = this.find(id);
    if (!e || e.type !== "rule") throw notAvailable(`没有此奖补规则ID：“${id}”`, `no incentive rule with ID "${id}"`);
    return e.entry;
  }

  rubricItem(id: string): { item: RubricItem; rubric: Rubric } {
    const e = this.find(id);
    if (!e || e.type !== "rubricItem") throw notAvailable(`没有此考评项ID：“${id}”`, `no rubric item with ID "${id}"`);
    return { item: e.entry, rubric: e.rubric };
  }

  rubric(id: string): Rubric {
    const e = this.find(id);
    if (!e || e.type !== "rubric") throw notAvailable(`没有此考评办法ID：“${id}”`, `no rubric with ID "${id}"`);
    return e.entry;
  }

  source(id: string): Source {
    const e = this.find(id);
    if (!e || e.type !== "source") throw notAvailable(`没有此政策来源ID：“${id}”`, `no source with ID "${id}"`);
    return e.entry;
  }
}

/** The final (last-year) milestone of an indicator. */
export function finalMilestone(ind: Indicator): { year: number; target: TargetValue } {
  return ind.milestones.reduce((a, b) => (b.year > a.year ? b : a));
}
