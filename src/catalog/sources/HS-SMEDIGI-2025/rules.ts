import type { RuleInput } from "../../../core/schema";
import { cite } from "./cite";

/** Incentive rules of HS-SMEDIGI-2025: 黄政办函〔2024〕12号 中小企业数字化转型试点城市实施方案. */
const UP_TO = "条款只规定最高额（“最高”“不超过”），下限记为0：取值档位“下限”得0、“中值”得最高额的一半，仅供测算。";

export const rules: RuleInput[] = [
  {
    id: "HS-SMEDIGI-2025.R-RETROFIT",
    sourceId: "HS-SMEDIGI-2025",
    name: "中小企业数字化改造补助",
    nameEn: "SME digital retrofit subsidy",
    computation: { kind: "rate", rate: { min: 0, max: 0.4 } },
    amountUnit: "万元",
    amountMeaning: "数字化改造实际投入",
    qualifier: { type: "number", unit: "级", meaning: "改造后评定的数字化水平等级" },
    cap: 20,
    capLabel: "每家最高20万元",
    gates: [{ on: "qualifier", op: ">=", value: 2, unit: "级", label: "达到二级及以上水平" }],
    cityLevel: "prefecture",
    notes: [
      "amount = 数字化改造实际投入（相关的软件、云服务、网关、路由等支出，万元）；qualifier = 按《中小企业数字化水平评测指标》评定的改造后等级（填2或“二级”）。",
      "比例“不高于40%”：上限40%，" + UP_TO,
      "每家企业补助最高20万元。",
    ],
    provenance: [
      cite(
        "三、（一）4.验收企业转型成效",
        "达到二级及以上水平的企业，按照不高于其数字化改造实际投入（相关的软件、云服务、网关、路由等支出）的40%予以补助，每家最高20万元。",
      ),
    ],
  },
  {
    id: "HS-SMEDIGI-2025.R-MODEL",
    sourceId: "HS-SMEDIGI-2025",
    name: "市级数字化转型样板（示范）企业奖励",
    nameEn: "City-level digital transformation model enterprise award",
    computation: { kind: "fixed", amount: { min: 0, max: 10 } },
    amountUnit: "家",
    amountMeaning: "样板企业（填1）",
    qualifier: { type: "none" },
    cityLevel: "prefecture",
    notes: ["在数字化改造补助（R-RETROFIT）的基础上再给予，可与之叠加。", UP_TO],
    provenance: [
      cite(
        "三、（二）1.培育一批标杆样板企业",
        "对获评市级数字化转型样板（示范）企业的，在数字化改造补助的基础上，再给予最高10万元奖励。",
      ),
    ],
  },
  {
    id: "HS-SMEDIGI-2025.R-PRODUCT",
    sourceId: "HS-SMEDIGI-2025",
    name: "优秀“小快轻准”数字化产品奖励",
    nameEn: "Outstanding 'small, fast, light, precise' digital product award",
    computation: { kind: "perItem", perItem: { min: 0, max: 5 } },
    amountUnit: "个",
    amountMeaning: "同一服务商获评产品数",
    qualifier: { type: "none" },
    cap: 10,
    capLabel: "每个服务商奖励不超过10万元",
    cityLevel: "prefecture",
    notes: [
      "amount = 同一服务商获评市级优秀“小快轻准”数字化产品的个数（整数）；每个产品最高5万元，每个服务商合计不超过10万元。",
      UP_TO,
    ],
    provenance: [
      cite(
        "三、（二）2.遴选一批优秀产品和服务商",
        "对获评为市级优秀“小快轻准”数字化产品的，给予最高5万元奖励，每个服务商奖励不超过10万元。",
      ),
    ],
  },
  {
    id: "HS-SMEDIGI-2025.R-PLATFORM",
    sourceId: "HS-SMEDIGI-2025",
    name: "省级工业互联网（行业级）平台奖励",
    nameEn: "Provincial industrial internet (industry-level) platform award",
    computation: { kind: "fixed", amount: { min: 0, max: 20 } },
    amountUnit: "家",
    amountMeaning: "平台企业（填1）",
    qualifier: { type: "none" },
    cityLevel: "prefecture",
    notes: [UP_TO],
    provenance: [
      cite("三、（三）2.推动大中小企业融通发展", "对获评为省级工业互联网（行业级）平台的企业，给予最高20万元奖励。"),
    ],
  },
];
