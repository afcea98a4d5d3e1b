import type { IndicatorInput } from "../../../core/schema";
import { cite, JOINT_LEAD, WORK_GOALS } from "./cite";

const TEXT_ORDER_NOTE = "方案无编号指标表，按正文（二、工作目标）出现顺序编号（text-order）。";

/**
 * Indicators of HS-SMEDIGI-2025 (黄政办函〔2024〕12号): the targets of 二、工作目标 (to 2025, the end of the
 * pilot), numbered in order of appearance (text-order). No base values are given. Units from 五、（一）:
 * 市经信局、市财政局 lead the pilot jointly; leadUnit holds both names as written (one joint lead).
 */
export const indicators: IndicatorInput[] = [
  {
    id: "HS-SMEDIGI-2025.01",
    sourceId: "HS-SMEDIGI-2025",
    numbering: "text-order",
    name: "完成数字化改造的中小企业数量",
    category: "二、工作目标",
    unit: "家",
    direction: "up",
    comparator: ">",
    comparatorText: "超过",
    milestones: [{ year: 2025, target: { kind: "number", value: 200 } }],
    leadUnit: "市经信局、市财政局",
    notes: [
      TEXT_ORDER_NOTE,
      "2025年目标“超过200家”取自二、工作目标。",
      "文件未设2024年完成目标，故无2024年里程碑：附件1序号1“遴选第一批100家以上试点企业”是遴选（试点企业数），不是完成改造的目标；工作安排“2024年4月-9月：完成全市第一批试点企业数字化改造”未给数量。附件2第二批亦为遴选100家以上。",
    ],
    provenance: [
      WORK_GOALS,
      cite("附件1 序号1", "1 组织开展中小企业数字化转型试点企业申报, 遴选第一批100家以上试点企业。 2024年1-3月"),
      cite("四、（二）1", "1. 2024年4月-9月:完成全市第一批试点企业数字化改造;"),
      JOINT_LEAD,
    ],
  },
  {
    id: "HS-SMEDIGI-2025.02",
    sourceId: "HS-SMEDIGI-2025",
    numbering: "text-order",
    name: "中小企业数字化转型示范企业",
    category: "二、工作目标",
    unit: "个",
    direction: "up",
    comparator: ">=",
    milestones: [{ year: 2025, target: { kind: "number", value: 20 } }],
    leadUnit: "市经信局、市财政局",
    notes: [TEXT_ORDER_NOTE, "原文“培育……示范企业20个”无比较词，读作不少于20个。"],
    provenance: [WORK_GOALS, JOINT_LEAD],
  },
  {
    id: "HS-SMEDIGI-2025.03",
    sourceId: "HS-SMEDIGI-2025",
    numbering: "text-order",
    name: "“小快轻准”解决方案和产品",
    category: "二、工作目标",
    unit: "个",
    direction: "up",
    comparator: ">=",
    milestones: [{ year: 2025, target: { kind: "number", value: 20 } }],
    leadUnit: "市经信局、市财政局",
    notes: [TEXT_ORDER_NOTE, "原文无比较词，读作不少于20个。“小快轻准”即小型化、快速化、轻量化、精准化。"],
    provenance: [WORK_GOALS, JOINT_LEAD],
  },
  {
    id: "HS-SMEDIGI-2025.04",
    sourceId: "HS-SMEDIGI-2025",
    numbering: "text-order",
    name: "“链式”数字化转型典型案例",
    category: "二、工作目标",
    unit: "个",
    direction: "up",
    comparator: ">=",
    comparatorText: "形成",
    milestones: [{ year: 2025, target: { kind: "number", value: 4 } }],
    leadUnit: "市经信局、市财政局",
    notes: [TEXT_ORDER_NOTE, "原文作“典型案列”（应为案例）。无比较词，读作不少于4个。"],
    provenance: [WORK_GOALS, JOINT_LEAD],
  },
];
