import type { RuleInput } from "../../../core/schema";
import { cite } from "./cite";

/**
 * Incentive rules of EZ-IND-2027: 鄂州市人民政府关于推进全市工业经济高质量发展的意见（征求意见稿）.
 * The draft has no 文号; clauses are cited by section.
 */
const DRAFT_NOTE = "出自征求意见稿，正式文件印发后应复核数额。";

export const rules: RuleInput[] = [
  {
    id: "EZ-IND-2027.R-LIVESTREAM",
    sourceId: "EZ-IND-2027",
    name: "电商直播销售补贴",
    nameEn: "Live-stream e-commerce sales subsidy",
    computation: { kind: "rate", rate: { min: 0.15, max: 0.15 } },
    amountUnit: "万元",
    amountMeaning: "主播带货佣金",
    qualifier: { type: "number", unit: "万元", meaning: "年度电商直播销售自产工业品金额" },
    cap: 100,
    capLabel: "单个企业年补贴资金总额不超过100万元",
    gates: [
      {
        on: "qualifier",
        op: ">=",
        value: 500,
        unit: "万元",
        label: "通过电商直播销售自产工业品达到500万元/年以上",
      },
    ],
    cityLevel: "prefecture",
    notes: [
      "amount = 全年主播带货佣金（万元）；qualifier = 全年电商直播销售自产工业品金额（万元）。",
      "“达到……以上”按含本数（≥500万元）理解；限规模以上工业企业（资格条件）。",
      "上限按年计：amount 应为一个年度的佣金。",
      DRAFT_NOTE,
    ],
    provenance: [
      cite(
        "二、（三）4.推进商业模式创新",
        "对通过电商直播销售自产工业品达到500万元/年以上的规模以上工业企业，按照主播带货佣金的15%对该企业给予补贴，单个企业年补贴资金总额不超过100万元。",
      ),
    ],
  },
  {
    id: "EZ-IND-2027.R-FAMOUS-MARK",
    sourceId: "EZ-IND-2027",
    name: "中国驰名商标奖励",
    nameEn: "China well-known trademark award",
    computation: { kind: "fixed", amount: { min: 60, max: 60 } },
    amountUnit: "项",
    amountMeaning: "认定（填1）",
    qualifier: { type: "none" },
    cityLevel: "prefecture",
    notes: ["定额奖励60万元。", DRAFT_NOTE],
    provenance: [cite("二、（六）2.强化产品品牌建设", "对获得中国驰名商标的企业奖励60万元")],
  },
  {
    id: "EZ-IND-2027.R-HUBEI-BOUTIQUE",
    sourceId: "EZ-IND-2027",
    name: "湖北精品认定奖励",
    nameEn: "Hubei Boutique (湖北精品) recognition award",
    computation: { kind: "fixed", amount: { min: 20, max: 20 } },
    amountUnit: "家",
    amountMeaning: "企业（填1）",
    qualifier: { type: "none" },
    cityLevel: "prefecture",
    notes: ["每家企业定额20万元（按企业计，不按产品计）。", DRAFT_NOTE],
    provenance: [cite("二、（六）2.强化产品品牌建设", "对获得湖北精品认定的企业每家奖励20万元")],
  },
  {
    id: "EZ-IND-2027.R-PROCUREMENT",
    sourceId: "EZ-IND-2027",
    name: "政府采购预留中小企业份额",
    nameEn: "Government procurement share reserved for SMEs",
    computation: {
      kind: "reservedShare",
      wholeUpTo: { 货物: 200, 服务: 200, 工程: 400 },
      share: 0.4,
      smallMicroShare: 0.6,
    },
    amountUnit: "万元",
    amountMeaning: "采购项目预算金额",
    outputUnit: "万元",
    qualifier: {
      type: "category",
      options: ["货物", "服务", "工程"],
      aliases: {
        goods: "货物",
        货物类: "货物",
        services: "服务",
        service: "服务",
        服务类: "服务",
        works: "工程",
        construction: "工程",
        工程类: "工程",
      },
      meaning: "采购项目类别（货物/服务/工程）",
    },
    cityLevel: "prefecture",
    notes: [
      "结果为应预留给中小企业的最低金额（万元），不是补贴。",
      "“200万元以下”“400万元以下”按含本数（≤）理解：货物、服务项目预算≤200万元、工程项目≤400万元的，全部预留。",
      "超过上述金额的，预留不少于预算的40%，其中预留给小微企业的比例不低于60%（即不少于预算的24%），说明中列出。",
      "“原则上”全部预留：个别项目可有例外，由采购人说明。",
      DRAFT_NOTE,
    ],
    provenance: [
      cite(
        "三、（四）加大财政扶持力度",
        "鼓励中小企业参与政府采购活动，200万元以下的货物和服务项目以及400万元以下的工程项目原则上全部预留给中小企业，超过前述金额的采购项目，预留预算金额的40%以上给中小企业，其中预留给小微企业的比例不低于60%。",
      ),
    ],
  },
];
