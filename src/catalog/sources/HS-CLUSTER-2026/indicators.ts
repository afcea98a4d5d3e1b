import type { IndicatorInput } from "../../../core/schema";

const SEED = "002_b2b5bcf0936191fb.txt";

/**
 * Indicators of HS-CLUSTER-2026 (黄政办发〔2024〕8号). The plan has no indicator table: every quantified
 * target of 一、（二）发展目标 and 三、重点任务 is numbered in order of appearance (text-order). No base values
 * are given. 责任单位 of the 重点任务 are kept as responsibleUnits (the plan names no 牵头单位).
 */
export const indicators: IndicatorInput[] = [
  {
    id: "HS-CLUSTER-2026.01",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "电子信息产品制造产业规模",
    category: "电子信息产品制造",
    unit: "亿元",
    direction: "up",
    comparator: ">=",
    comparatorText: "达到",
    milestones: [
      { year: 2026, target: { kind: "number", value: 1000 } },
    ],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
      "“产业规模达到千亿能级”读作1000亿元。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "一、（二）1", seed: SEED, quote: "1. 电子信息产品制造。到2026年，产业规模达到千亿能级" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.02",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "冶金新材料产业规模",
    category: "冶金新材料",
    unit: "亿元",
    direction: "up",
    comparator: ">",
    comparatorText: "突破",
    milestones: [
      { year: 2026, target: { kind: "number", value: 2000 } },
    ],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
      "重点任务1称“2千亿级冶金新材料产业集群”，与此一致。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "2. 冶金新材料。到2026年，以先进钢铁材料、先进有色金属材料为代表的新材料产业体系初步建成，产业规模突破2000亿元。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.03",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "钢铁新材料产业产值规模",
    category: "冶金新材料",
    unit: "亿元",
    direction: "up",
    comparator: ">=",
    comparatorText: "达……以上",
    milestones: [
      { year: 2026, target: { kind: "number", value: 800 } },
    ],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "其中：钢铁新材料产业产值规模达800亿元以上" },
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "2. 冶金新材料。到2026年，以先进钢铁材料、先进有色金属材料为代表的新材料产业体系初步建成，产业规模突破2000亿元。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.04",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "铜基新材料产业产值规模",
    category: "冶金新材料",
    unit: "亿元",
    direction: "up",
    comparator: ">=",
    comparatorText: "达到",
    milestones: [
      { year: 2026, target: { kind: "number", value: 1000 } },
    ],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "铜基新材料产业产值规模达到1000亿元" },
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "2. 冶金新材料。到2026年，以先进钢铁材料、先进有色金属材料为代表的新材料产业体系初步建成，产业规模突破2000亿元。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.05",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "阴极铜产能",
    category: "冶金新材料",
    unit: "万吨",
    direction: "up",
    comparator: ">=",
    comparatorText: "达到",
    milestones: [
      { year: 2026, target: { kind: "number", value: 100 } },
    ],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "阴极铜产能达到100万吨，跻身国内前列" },
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "2. 冶金新材料。到2026年，以先进钢铁材料、先进有色金属材料为代表的新材料产业体系初步建成，产业规模突破2000亿元。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.06",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "铝产业产值规模",
    category: "冶金新材料",
    unit: "亿元",
    direction: "up",
    comparator: ">=",
    comparatorText: "达到",
    milestones: [
      { year: 2026, target: { kind: "number", value: 300 } },
    ],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "铝产业产值规模达到300亿元" },
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "2. 冶金新材料。到2026年，以先进钢铁材料、先进有色金属材料为代表的新材料产业体系初步建成，产业规模突破2000亿元。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.07",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "铝型材生产加工能力",
    category: "冶金新材料",
    unit: "万吨",
    direction: "up",
    comparator: ">=",
    comparatorText: "达到……以上",
    milestones: [
      { year: 2026, target: { kind: "number", value: 130 } },
    ],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "铝型材生产加工能力达到130万吨以上" },
      { document: "黄政办发〔2024〕8号", clause: "一、（二）2", seed: SEED, quote: "2. 冶金新材料。到2026年，以先进钢铁材料、先进有色金属材料为代表的新材料产业体系初步建成，产业规模突破2000亿元。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.08",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "临空经济产值规模",
    category: "临空经济",
    unit: "亿元",
    direction: "up",
    comparator: ">",
    comparatorText: "突破",
    milestones: [
      { year: 2026, target: { kind: "number", value: 1000 } },
    ],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "一、（二）3", seed: SEED, quote: "3. 临空经济。到2026年，以高端制造业为主导、现代服务业为支撑的临空高端产业体系初步形成，国际综合交通枢纽重要节点地位凸显，对外开放能级明显提升，产值规模突破1000亿元。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.09",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "千亿级产业集群（电子信息产品制造、临空经济）",
    category: "（一）优化布局，推动产业集群化发展",
    unit: "个",
    direction: "up",
    comparator: ">=",
    comparatorText: "基本建成",
    milestones: [
      { year: 2026, target: { kind: "number", value: 2 } },
    ],
    responsibleUnits: ["各城区", "开发区·铁山区", "新港园区", "市经信局", "市发改委", "市自然资源和规划局", "市住建局", "市商务局"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
      "同句另有“2千亿级冶金新材料产业集群”，其规模见 HS-CLUSTER-2026.02。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（一）1", seed: SEED, quote: "到2026年，基本建成2千亿级冶金新材料产业集群和电子信息产品制造、临空经济等2个千亿级产业集群。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.10",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "累计实施工业技改项目",
    category: "（二）提升能级，推动产业高端化发展",
    unit: "个",
    direction: "up",
    comparator: ">=",
    comparatorText: "以上",
    milestones: [
      { year: 2026, target: { kind: "number", value: 300 } },
    ],
    responsibleUnits: ["市经信局", "市发改委", "市科技局", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（二）4", seed: SEED, quote: "到2026年，全市累计实施工业技改项目300个以上。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.11",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "5G基站总数",
    category: "（三）数实融合，推动产业智能化发展",
    unit: "个",
    direction: "up",
    comparator: ">",
    comparatorText: "突破",
    milestones: [
      { year: 2026, target: { kind: "number", value: 6000 } },
    ],
    responsibleUnits: ["市经信局", "市国资公司", "各通信运营商", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（三）6", seed: SEED, quote: "到2026年，全市5G基站总数突破6000个，接入二级节点企业达到300家" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.12",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "接入工业互联网标识解析二级节点企业",
    category: "（三）数实融合，推动产业智能化发展",
    unit: "家",
    direction: "up",
    comparator: ">=",
    comparatorText: "达到",
    milestones: [
      { year: 2026, target: { kind: "number", value: 300 } },
    ],
    responsibleUnits: ["市经信局", "市国资公司", "各通信运营商", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
      "原文“接入二级节点企业”，指工业互联网标识解析二级节点（同条上文）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（三）6", seed: SEED, quote: "到2026年，全市5G基站总数突破6000个，接入二级节点企业达到300家" },
      { document: "黄政办发〔2024〕8号", clause: "三、（三）6", seed: SEED, quote: "升级改造工业互联网标识解析二级节点，引导企业、工业园区上节点用标识。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.13",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "新增省级以上智能制造、工业互联网等各类示范企业",
    category: "（三）数实融合，推动产业智能化发展",
    unit: "家",
    direction: "up",
    comparator: ">=",
    comparatorText: "以上",
    milestones: [
      { year: 2026, target: { kind: "number", value: 50 } },
    ],
    responsibleUnits: ["市经信局", "市国资公司", "各通信运营商", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（三）7", seed: SEED, quote: "到2026年，全市新增省级以上智能制造、工业互联网等各类示范企业50家以上，完成中小企业数字化改造300家，新增省级以上工业互联网平台10个以上。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.14",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "完成中小企业数字化改造",
    category: "（三）数实融合，推动产业智能化发展",
    unit: "家",
    direction: "up",
    comparator: ">=",
    comparatorText: "完成",
    milestones: [
      { year: 2026, target: { kind: "number", value: 300 } },
    ],
    responsibleUnits: ["市经信局", "市国资公司", "各通信运营商", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
      "原文无比较词，按“完成……300家”读作不少于300家。相关：黄政办函〔2024〕12号（HS-SMEDIGI-2025.01）到2025年完成数字化改造的中小企业超过200家。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（三）7", seed: SEED, quote: "到2026年，全市新增省级以上智能制造、工业互联网等各类示范企业50家以上，完成中小企业数字化改造300家，新增省级以上工业互联网平台10个以上。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.15",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "新增省级以上工业互联网平台",
    category: "（三）数实融合，推动产业智能化发展",
    unit: "个",
    direction: "up",
    comparator: ">=",
    comparatorText: "以上",
    milestones: [
      { year: 2026, target: { kind: "number", value: 10 } },
    ],
    responsibleUnits: ["市经信局", "市国资公司", "各通信运营商", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（三）7", seed: SEED, quote: "到2026年，全市新增省级以上智能制造、工业互联网等各类示范企业50家以上，完成中小企业数字化改造300家，新增省级以上工业互联网平台10个以上。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.16",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "钢铁行业超低排放",
    category: "（四）降碳减污，推动产业绿色化发展",
    unit: "",
    direction: "up",
    comparator: ">=",
    comparatorText: "全面实现",
    milestones: [
      { year: 2025, target: { kind: "text", text: "全面实现超低排放" } },
    ],
    responsibleUnits: ["市发改委", "市经信局", "市生态环境局", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
      "非数值目标，按文字目标记录；目标年为2025年（早于方案目标年2026年）。单位空缺。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（四）8", seed: SEED, quote: "到2025年，钢铁行业全面实现超低排放。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.17",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "国家级和省级绿色工厂",
    category: "（四）降碳减污，推动产业绿色化发展",
    unit: "家",
    direction: "up",
    comparator: ">=",
    comparatorText: "达到",
    milestones: [
      { year: 2026, target: { kind: "number", value: 35 } },
    ],
    responsibleUnits: ["市经信局", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（四）9", seed: SEED, quote: "到2026年，国家级和省级绿色工厂达到35家。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.18",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "与武汉都市圈城市共建特色产业合作园区",
    category: "（五）培育生态，推动产业融合化发展",
    unit: "个",
    direction: "up",
    comparator: ">=",
    comparatorText: "力争",
    milestones: [
      { year: 2026, target: { kind: "range", min: 2, max: 3 } },
    ],
    responsibleUnits: ["市发改委", "市科技局", "市经信局", "市招商服务中心", "市创新发展中心", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
      "“力争3年内”按方案目标年读作2026年（另引发展目标“到2026年”句）；方案2024年3月印发。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（五）12", seed: SEED, quote: "力争3年内与武汉都市圈城市共建2—3个特色产业合作园区，成功落地50个亿元以上武汉都市圈产业协同重大项目。" },
      { document: "黄政办发〔2024〕8号", clause: "一、（二）发展目标", seed: SEED, quote: "到2026年，全市产业集中高质量发展取得明显成效，三大优势产业取得突破性发展，基本建成全国先进制造业基地。" },
    ],
  },
  {
    id: "HS-CLUSTER-2026.19",
    sourceId: "HS-CLUSTER-2026",
    numbering: "text-order",
    name: "落地亿元以上武汉都市圈产业协同重大项目",
    category: "（五）培育生态，推动产业融合化发展",
    unit: "个",
    direction: "up",
    comparator: ">=",
    comparatorText: "力争……成功落地",
    milestones: [
      { year: 2026, target: { kind: "number", value: 50 } },
    ],
    responsibleUnits: ["市发改委", "市科技局", "市经信局", "市招商服务中心", "市创新发展中心", "各城区", "开发区·铁山区", "新港园区"],
    notes: [
      "方案无编号指标表，按正文出现顺序编号（text-order）。",
      "“亿元以上”是项目规模门槛，目标为项目个数50个。“力争3年内”按方案目标年读作2026年（另引发展目标“到2026年”句）。",
    ],
    provenance: [
      { document: "黄政办发〔2024〕8号", clause: "三、（五）12", seed: SEED, quote: "力争3年内与武汉都市圈城市共建2—3个特色产业合作园区，成功落地50个亿元以上武汉都市圈产业协同重大项目。" },
      { document: "黄政办发〔2024〕8号", clause: "一、（二）发展目标", seed: SEED, quote: "到2026年，全市产业集中高质量发展取得明显成效，三大优势产业取得突破性发展，基本建成全国先进制造业基地。" },
    ],
  },
];
