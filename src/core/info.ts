/**
 * INFO(id, field): one field of a catalog entry (source, indicator, task, rule, rubric, rubric item).
 * Field names are English (case and spacing ignored) with Chinese aliases; each kind of entry has
 * its own list, and an unknown field is #VALUE! listing that list (Chinese first). A number field
 * the entry does not have (a base shown as "-") is #N/A; a text field it does not have is "".
 * Rubric items also expose every scalar scoring parameter under its own key (points, cap, …), so
 * INFO follows the rubric data as the rubric engine defines it.
 */
import type { CatalogIndex, Entry } from "./catalogIndex";
import { finalMilestone } from "./catalogIndex";
import { ruleKind } from "./incentives/kinds";
import { badValue, notAvailable } from "./errors";
import { percentText } from "./format";
import { LEVEL_ZH } from "./levels";
import { isBlank, shown, toHalfWidth } from "./parse";
import { assertNever } from "./never";
import { targetText } from "./target";
import { dueDateIso, TASK_ID } from "./tasks";
import type { Indicator, Provenance, Rubric, RubricItem, Rule, Source, Task } from "./schema";

export type InfoValue = string | number | boolean;

interface Field<E> {
  key: string;
  /** Chinese name, shown first in lists; also accepted as the field name. */
  zh: string;
  /** More accepted names (either language). */
  aliases?: string[];
  /** A number field: absent → #N/A (so numeric columns never get ""). Text fields: absent → "". */
  numeric?: boolean;
  get(entry: E, ctx: Ctx): InfoValue | undefined;
}

interface Ctx {
  index: CatalogIndex;
  entry: Entry;
}

const TYPE_ZH: Record<Entry["type"], string> = {
  source: "政策来源",
  indicator: "指标",
  task: "任务",
  rule: "奖补规则",
  rubric: "考评办法",
  rubricItem: "考评项",
};
const TYPE_EN: Record<Entry["type"], string> = {
  source: "source",
  indicator: "indicator",
  task: "task",
  rule: "rule",
  rubric: "rubric",
  rubricItem: "rubric item",
};
const A_TYPE_EN = (t: Entry["type"]) => `${t === "indicator" ? "an" : "a"} ${TYPE_EN[t]}`;

const join = (xs: readonly string[] | undefined, sep = "；"): string | undefined =>
  xs && xs.length ? xs.join(sep) : undefined;
const unique = (xs: string[]): string[] => [...new Set(xs)];
const OP: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };

function sourceLabel(index: CatalogIndex, sourceId: string): string {
  const e = index.find(sourceId);
  if (!e || e.type !== "source") return sourceId;
  return e.entry.docNumber ? `${e.entry.docNumber} ${e.entry.title}` : e.entry.title;
}

function rangeText(r: { min: number; max: number }, asPct: boolean): string | number {
  const f = asPct ? (x: number) => percentText(x) : (x: number) => String(x);
  return r.min === r.max ? (asPct ? f(r.min) : r.min) : `${f(r.min)}—${f(r.max)}`;
}

/** Fields every entry has. */
function common<E extends { id: string; notes: string[]; provenance: Provenance[] }>(): Field<E>[] {
  return [
    { key: "id", zh: "编号", aliases: ["ID"], get: (e) => e.id },
    { key: "type", zh: "类型", get: (_e, c) => TYPE_ZH[c.entry.type] },
    {
      key: "document",
      zh: "文件",
      aliases: ["文号", "出处文件", "doc"],
      get: (e) => join(unique(e.provenance.map((p) => p.document))),
    },
    {
      key: "clause",
      zh: "条款",
      aliases: ["出处", "章节", "section"],
      get: (e) => join(unique(e.provenance.map((p) => p.clause))),
    },
    {
      key: "quote",
      zh: "原文",
      aliases: ["引文", "原文摘录"],
      get: (e) => join(unique(e.provenance.map((p) => p.quote).filter((q) => q !== ""))),
    },
    {
      key: "seed",
      zh: "种子文件",
      aliases: ["源文件", "file"],
      get: (e) => join(unique(e.provenance.flatMap((p) => (p.seed === undefined ? [] : [p.seed])))),
    },
    { key: "notes", zh: "备注", aliases: ["说明", "注释", "note"], get: (e) => join(e.notes) },
  ];
}

function withSource<E extends { sourceId: string }>(): Field<E>[] {
  return [
    { key: "source", zh: "来源", aliases: ["政策来源", "来源文件"], get: (e, c) => sourceLabel(c.index, e.sourceId) },
    { key: "sourceId", zh: "来源ID", aliases: ["来源编号"], get: (e) => e.sourceId },
  ];
}

const SOURCE_FIELDS: Field<Source>[] = [
  { key: "name", zh: "名称", aliases: ["简称", "shortName"], get: (e) => e.shortName },
  { key: "title", zh: "标题", aliases: ["全称", "文件名称"], get: (e) => e.title },
  { key: "docNumber", zh: "文号", aliases: ["发文字号"], get: (e) => e.docNumber },
  { key: "region", zh: "地区", aliases: ["区域"], get: (e) => e.region },
  { key: "issuer", zh: "发文机关", aliases: ["发文单位"], get: (e) => e.issuer },
  { key: "issued", zh: "印发日期", aliases: ["发布日期", "日期", "date"], get: (e) => e.issued },
  {
    key: "source",
    zh: "来源",
    aliases: ["政策来源"],
    get: (e) => (e.docNumber ? `${e.docNumber} ${e.title}` : e.title),
  },
  { key: "sourceId", zh: "来源ID", aliases: ["来源编号"], get: (e) => e.id },
  { key: "contents", zh: "内容", aliases: ["kinds", "包含"], get: (e) => join(e.kinds, "、") },
  ...common<Source>().filter((f) => f.key !== "document"),
  { key: "document", zh: "文件", aliases: ["出处文件", "doc"], get: (e) => e.docNumber ?? e.title },
];

const INDICATOR_FIELDS: Field<Indicator>[] = [
  { key: "name", zh: "名称", aliases: ["指标名称", "指标"], get: (e) => e.name },
  { key: "nameEn", zh: "英文名称", aliases: ["英文名"], get: (e) => e.nameEn },
  { key: "category", zh: "类别", aliases: ["分组", "一级指标", "group"], get: (e) => e.category },
  { key: "unit", zh: "单位", get: (e) => e.unit },
  { key: "direction", zh: "方向", get: (e) => e.direction },
  { key: "comparator", zh: "比较符", aliases: ["比较"], get: (e) => OP[e.comparator] ?? e.comparator },
  { key: "comparatorText", zh: "比较用语", aliases: ["用语"], get: (e) => e.comparatorText },
  { key: "baseYear", zh: "基期年", aliases: ["基期", "基年"], numeric: true, get: (e) => e.baseYear },
  { key: "base", zh: "基期值", aliases: ["基数", "基期数"], numeric: true, get: (e) => e.base ?? e.baseText },
  {
    key: "target",
    zh: "目标",
    aliases: ["目标值", "最终目标"],
    numeric: true,
    get: (e) => targetText(finalMilestone(e).target),
  },
  { key: "targetYear", zh: "目标年", aliases: ["目标年份"], numeric: true, get: (e) => finalMilestone(e).year },
  {
    key: "targets",
    zh: "各年目标",
    aliases: ["分年目标", "milestones", "目标进度"],
    get: (e) => e.milestones.map((m) => `${m.year}年：${targetText(m.target)}`).join("；"),
  },
  { key: "attribute", zh: "属性", get: (e) => e.attribute },
  { key: "rate", zh: "年均增速", aliases: ["增速", "年均增长", "growthRate"], numeric: true, get: (e) => e.growthRate },
  {
    key: "annualIncrement",
    zh: "年增量",
    aliases: ["每年新增"],
    get: (e) =>
      e.annualIncrement &&
      (e.annualIncrement.min === e.annualIncrement.max
        ? String(e.annualIncrement.min)
        : `${e.annualIncrement.min}-${e.annualIncrement.max}`),
  },
  { key: "lead", zh: "牵头单位", aliases: ["leadUnit", "牵头"], get: (e) => e.leadUnit },
  {
    key: "responsible",
    zh: "责任单位",
    aliases: ["responsibleUnits", "配合单位"],
    get: (e) => join(e.responsibleUnits, "、"),
  },
  {
    key: "numbering",
    zh: "编号方式",
    get: (e) => ({ table: "原表序号", "text-order": "按正文出现顺序", "sub-row": "子行顺延编号" })[e.numbering],
  },
  ...withSource<Indicator>(),
  ...common<Indicator>(),
];

const TASK_FIELDS: Field<Task>[] = [
  { key: "name", zh: "名称", aliases: ["任务", "内容", "任务内容", "text"], get: (e) => e.text },
  { key: "list", zh: "清单", aliases: ["所属清单"], get: (e) => e.list },
  { key: "group", zh: "分组", aliases: ["类别", "重点任务", "category"], get: (e) => e.group },
  { key: "lead", zh: "牵头单位", aliases: ["leadUnits", "牵头"], get: (e) => join(e.leadUnits, "、") },
  {
    key: "responsible",
    zh: "责任单位",
    aliases: ["responsibleUnits", "配合单位"],
    get: (e) => join(e.responsibleUnits, "、"),
  },
  { key: "due", zh: "截止日期", aliases: ["完成日期", "期限"], get: (e) => dueDateIso(e) },
  { key: "dueText", zh: "完成时限", aliases: ["时限", "时间要求"], get: (e) => e.dueText ?? dueDateIso(e) },
  { key: "quantity", zh: "数量", aliases: ["目标数量"], numeric: true, get: (e) => e.quantities[0]?.value },
  { key: "quantityMax", zh: "数量上限", numeric: true, get: (e) => e.quantities[0]?.max },
  { key: "quantityUnit", zh: "数量单位", get: (e) => e.quantities[0]?.unit },
  { key: "quantities", zh: "量化目标", aliases: ["数量说明"], get: (e) => join(e.quantities.map((q) => q.text)) },
  ...withSource<Task>(),
  ...common<Task>(),
];

/** The kind's own INFO fields (rate kinds give a rate, amount kinds an award): see incentives/kinds. */
const kindInfo = (rule: Rule) => ruleKind(rule.computation.kind).info;

const RULE_FIELDS: Field<Rule>[] = [
  { key: "name", zh: "名称", aliases: ["规则名称"], get: (e) => e.name },
  { key: "nameEn", zh: "英文名称", aliases: ["英文名"], get: (e) => e.nameEn },
  { key: "kind", zh: "计算方式", aliases: ["方式"], get: (e) => e.computation.kind },
  { key: "unit", zh: "单位", aliases: ["金额单位", "基数单位", "amountUnit"], get: (e) => e.amountUnit },
  { key: "amount", zh: "金额含义", aliases: ["amountMeaning", "基数"], get: (e) => e.amountMeaning },
  { key: "outputUnit", zh: "奖补单位", aliases: ["输出单位"], get: (e) => e.outputUnit },
  {
    key: "rate",
    zh: "比例",
    aliases: ["奖补比例", "费率"],
    numeric: true,
    get: (e) => {
      const r = kindInfo(e).rate?.(e.computation);
      return r && rangeText(r, true);
    },
  },
  {
    key: "rateMin",
    zh: "最低比例",
    aliases: ["比例下限"],
    numeric: true,
    get: (e) => kindInfo(e).rate?.(e.computation).min,
  },
  {
    key: "rateMax",
    zh: "最高比例",
    aliases: ["比例上限"],
    numeric: true,
    get: (e) => kindInfo(e).rate?.(e.computation).max,
  },
  {
    key: "award",
    zh: "奖补金额",
    aliases: ["定额", "金额"],
    numeric: true,
    get: (e) => kindInfo(e).award?.(e.computation),
  },
  { key: "cap", zh: "上限", aliases: ["封顶", "最高"], numeric: true, get: (e) => e.cap },
  { key: "capLabel", zh: "上限表述", get: (e) => e.capLabel },
  { key: "gates", zh: "门槛", aliases: ["条件", "申报条件"], get: (e) => join(e.gates.map((g) => g.label)) },
  {
    key: "qualifier",
    zh: "限定参数",
    aliases: ["第三参数", "qualifier含义"],
    get: (e) => ("meaning" in e.qualifier ? e.qualifier.meaning : ""),
  },
  { key: "notPaidAgain", zh: "不重复奖励", get: (e) => e.notPaidAgain },
  { key: "cityLevel", zh: "市级含义", get: (e) => LEVEL_ZH[e.cityLevel] },
  ...withSource<Rule>(),
  ...common<Rule>(),
];

const RUBRIC_FIELDS: Field<Rubric>[] = [
  { key: "name", zh: "名称", get: (e) => e.name },
  { key: "items", zh: "考评项", aliases: ["考评项目"], get: (e) => e.items.map((i) => i.id).join("、") },
  { key: "itemCount", zh: "考评项数", numeric: true, get: (e) => e.items.length },
  {
    key: "tiers",
    zh: "结果档次",
    aliases: ["档次", "等次"],
    get: (e) =>
      join(
        e.tiers.map((t) => `${t.fromEnd ? "倒数" : ""}第${t.from}${t.to !== t.from ? `—${t.to}` : ""}名：${t.label}`),
      ),
  },
  ...withSource<Rubric>(),
  ...common<Rubric>(),
];

/** Chinese names of scoring parameters that several kinds share; other keys are offered as is. */
const PARAM_ZH: Record<string, string> = {
  kind: "计分方式",
  points: "分值",
  cap: "上限",
  unit: "单位",
  step: "步长",
  defaultTask: "任务数",
  taskRate: "任务增速",
  averageOf: "平均值口径",
  event: "加分事项",
  eventPoints: "每项加分",
  measure: "计量",
  below: "未达平均时",
  bonusStep: "加分步长",
  bonusPoints: "每步加分",
  bonusCap: "加分上限",
  penaltyStep: "扣分步长",
  penaltyPoints: "每步扣分",
  penaltyFloor: "最低得分",
  taskAnnex: "任务所在附件",
  taskAnnexTask: "附件任务列",
  taskAnnexBase: "附件基数列",
  actualWeight: "实际值权重",
  extraWeight: "附加值权重",
};

/** Fields of one rubric item: its own, then every scalar parameter (one nesting level flattened). */
function rubricItemFields(item: RubricItem): Field<RubricItem>[] {
  const own: Field<RubricItem>[] = [
    { key: "name", zh: "名称", aliases: ["考评项名称"], get: (e) => e.name },
    { key: "nameEn", zh: "英文名称", get: (e) => (e as RubricItem & { nameEn?: string }).nameEn },
    { key: "group", zh: "考评内容", aliases: ["类别", "分组"], get: (e) => e.group },
    { key: "subgroup", zh: "子项", get: (e) => (e as RubricItem & { subgroup?: string }).subgroup },
    { key: "rubric", zh: "考评办法", get: (_e, c) => (c.entry.type === "rubricItem" ? c.entry.rubric.id : undefined) },
  ];
  const record = item as unknown as Record<string, unknown>;
  const params = (record.params ?? {}) as Record<string, unknown>;
  const fromParams: Field<RubricItem>[] = [];
  const taken = new Set(own.map((f) => f.key.toLowerCase()));
  const add = (key: string, read: (e: RubricItem) => unknown) => {
    if (taken.has(key.toLowerCase())) return;
    taken.add(key.toLowerCase());
    const sample = read(item);
    fromParams.push({
      key,
      zh: PARAM_ZH[key] ?? key,
      numeric: typeof sample === "number",
      get: (e) => {
        const v = read(e);
        return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : undefined;
      },
    });
  };
  const paramsOf = (e: RubricItem) =>
    ((e as unknown as Record<string, unknown>).params ?? {}) as Record<string, unknown>;
  // Old-shape items keep `kind` beside `params`.
  if (typeof record.kind === "string") add("kind", (e) => (e as unknown as Record<string, unknown>).kind);
  for (const [k, v] of Object.entries(params)) {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>))
        if (typeof v2 !== "object")
          add(
            // taskAnnex.annex is "taskAnnex", not "taskAnnexAnnex"; taskAnnex.task is "taskAnnexTask".
            k.toLowerCase().endsWith(k2.toLowerCase()) ? k : k + k2[0].toUpperCase() + k2.slice(1),
            (e) => (paramsOf(e)[k] as Record<string, unknown> | undefined)?.[k2],
          );
    } else if (typeof v !== "object") add(k, (e) => paramsOf(e)[k]);
  }
  const inputs = record.inputs as Record<string, unknown> | undefined;
  if (inputs && typeof inputs === "object") {
    const zh: Record<string, string> = { actual: "实际值说明", reference: "参照值说明", extra: "附加值说明" };
    for (const k of Object.keys(inputs))
      if (typeof inputs[k] === "string") {
        fromParams.push({
          key: `${k}Input`,
          zh: zh[k] ?? `${k}Input`,
          get: (e) => ((e as unknown as Record<string, unknown>).inputs as Record<string, string> | undefined)?.[k],
        });
      }
  }
  return [
    ...own,
    ...fromParams,
    ...withSource<RubricItem & { sourceId: string }>().map(rubricSourceField),
    ...common<RubricItem>(),
  ];
}

/** Rubric items carry no sourceId of their own: read it from their rubric. */
function rubricSourceField(f: Field<RubricItem & { sourceId: string }>): Field<RubricItem> {
  return {
    ...f,
    get: (e, c) => (c.entry.type === "rubricItem" ? f.get({ ...e, sourceId: c.entry.rubric.sourceId }, c) : undefined),
  };
}

function fieldsOf(entry: Entry): Field<never>[] {
  switch (entry.type) {
    case "source":
      return SOURCE_FIELDS as Field<never>[];
    case "indicator":
      return INDICATOR_FIELDS as Field<never>[];
    case "task":
      return TASK_FIELDS as Field<never>[];
    case "rule":
      return RULE_FIELDS as Field<never>[];
    case "rubric":
      return RUBRIC_FIELDS as Field<never>[];
    case "rubricItem":
      return rubricItemFields(entry.entry) as Field<never>[];
    default:
      return assertNever(entry, "entry type");
  }
}

function norm(name: string): string {
  return toHalfWidth(name)
    .replace(/[\s_-]+/g, "")
    .toLowerCase();
}

/** "2024年目标", "target2024", "2024" on an indicator: that year's milestone. */
const YEAR_TARGET = /^(?:target)?(\d{4})(?:年)?(?:目标值?|target)?$/;

function findField(fields: Field<never>[], name: string): Field<never> | undefined {
  const n = norm(name);
  return fields.find((f) => norm(f.key) === n || norm(f.zh) === n || (f.aliases ?? []).some((a) => norm(a) === n));
}

/** The names INFO accepts for this kind of entry, Chinese first. */
export function infoFieldNames(entry: Entry): { zh: string; key: string }[] {
  const names = fieldsOf(entry).map((f) => ({ zh: f.zh, key: f.key }));
  if (entry.type === "indicator") names.push({ zh: "<年份>年目标", key: "target<YYYY>" });
  return names;
}

/** Would this INFO call read what a compute catalog leaves out (tasks, quotes, notes)? */
export function infoNeedsText(index: CatalogIndex, id: unknown, field: unknown): boolean {
  if (typeof id !== "string" || typeof field !== "string") return false;
  const entry = index.find(toHalfWidth(id));
  // Tasks are the only entries a compute catalog drops: an unknown ID that cannot be a task is
  // unknown in the full catalog too, no need to load it.
  if (!entry) return TASK_ID.test(toHalfWidth(id).trim());
  const f = findField(fieldsOf(entry), field);
  return f !== undefined && (f.key === "quote" || f.key === "notes");
}

/** INFO(id, field). */
export function info(index: CatalogIndex, id: unknown, field: unknown): InfoValue {
  if (isBlank(id)) throw notAvailable("缺少ID", "ID is missing");
  if (typeof id !== "string")
    throw badValue(
      `ID应为文字，如 "DY-MFG-2024.01"：${shown(id)}`,
      `the ID must be text such as "DY-MFG-2024.01": ${shown(id)}`,
    );
  const entry = index.get(toHalfWidth(id));
  const kindZh = TYPE_ZH[entry.type];
  const fields = fieldsOf(entry);
  const list = () => {
    const names = infoFieldNames(entry);
    return {
      zh: names.map((n) => `${n.zh}(${n.key})`).join("、"),
      en: names.map((n) => n.key).join(", "),
    };
  };
  if (isBlank(field) || typeof field !== "string") {
    const l = list();
    throw badValue(
      `缺少字段名。${kindZh}可用字段：${l.zh}`,
      `field name is missing; fields of ${A_TYPE_EN(entry.type)}: ${l.en}`,
    );
  }
  const f = findField(fields, field);
  if (!f) {
    const year = entry.type === "indicator" ? YEAR_TARGET.exec(norm(field)) : null;
    if (year && entry.type === "indicator") {
      const m = entry.entry.milestones.find((x) => x.year === Number(year[1]));
      if (!m)
        throw notAvailable(
          `指标“${entry.entry.id}”没有${year[1]}年目标（有目标的年份：${entry.entry.milestones.map((x) => x.year).join("、")}）`,
          `indicator "${entry.entry.id}" has no target for ${year[1]}`,
        );
      return targetText(m.target);
    }
    const l = list();
    throw badValue(
      `未知字段“${field}”。${kindZh}可用字段：${l.zh}`,
      `unknown field "${field}"; fields of ${A_TYPE_EN(entry.type)}: ${l.en}`,
    );
  }
  const value = f.get(entry.entry as never, { index, entry });
  if (value === undefined || value === "") {
    if (f.numeric)
      throw notAvailable(
        `${kindZh}“${entry.entry.id}”未给出${f.zh}`,
        `${TYPE_EN[entry.type]} "${entry.entry.id}" has no ${f.key}`,
      );
    return "";
  }
  return value;
}
