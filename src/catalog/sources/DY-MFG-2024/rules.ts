import type { RuleInput } from "../../../core/schema";
import { cite } from "./cite";

/**
 * Incentive rules of DY-MFG-2024: 冶发〔2024〕3号 四、激励政策. Every number below is read from the
 * quoted clause; how ambiguous wording was read is in each rule's notes.
 */

/** In a Daye document a bare "市级" is 大冶市级 (county); 黄石市级 is always named in full. */
const CITY = "county" as const;
const CITY_NOTE = "本文件中“市级”指大冶市级；黄石市级在条款中写明。";
const LEVEL_Q = (levels: string) => ({ type: "level" as const, meaning: `认定级别（${levels}）` });

const TECH = "四、激励政策（一）";
const GROW = "四、激励政策（二）";
const INNOV = "四、激励政策（三）";

export const rules: RuleInput[] = [
  {
    id: "DY-MFG-2024.R-TECHREFORM",
    sourceId: "DY-MFG-2024",
    name: "工业技改项目奖补",
    nameEn: "Industrial technical-renovation project subsidy",
    computation: { kind: "rate", rate: { min: 0.1, max: 0.1 } },
    amountUnit: "万元",
    amountMeaning: "设备、信息化软件投资额",
    qualifier: { type: "number", unit: "万元", meaning: "项目总投资" },
    cap: 200,
    capLabel: "不超过200万元",
    gates: [
      { on: "qualifier", op: ">=", value: 300, unit: "万元", label: "投资300万以上" },
      { on: "amount", op: ">=", value: 100, unit: "万元", label: "其中设备、信息化软件投资100万元以上" },
    ],
    cityLevel: CITY,
    notes: [
      "amount = 设备、信息化软件投资额（万元）；qualifier = 项目总投资（万元）。",
      "“以上”按含本数（≥）理解：总投资恰为300万元、设备及软件投资恰为100万元均符合条件。",
      "“发改、环保和经信部门鼓励支持”为资格审核条件，不在计算中体现。",
    ],
    provenance: [
      cite(
        TECH,
        "对于发改、环保和经信部门鼓励支持且投资 300 万以上（其中设备、信息化软件投资 100 万元以上）的工业技改项目，根据实施项目的设备、信息化软件投资额度的 10% 对企业进行奖补（不超过 200 万元）",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-FIRSTSET",
    sourceId: "DY-MFG-2024",
    name: "首台（套）重大技术装备奖补",
    nameEn: "First-of-its-kind major equipment subsidy",
    computation: { kind: "rate", rate: { min: 0.01, max: 0.01 } },
    amountUnit: "万元",
    amountMeaning: "设备购置额",
    qualifier: { type: "none" },
    cap: 500,
    capLabel: "不超过500万",
    cityLevel: CITY,
    notes: [
      "设备须符合国家《首台（套）重大技术装备推广应用指导目录》且最近一年度审核认可（资格条件，不在计算中体现）。",
    ],
    provenance: [
      cite(
        TECH,
        "同时对使用符合国家《首台（套）重大技术装备推广应用指导目录》且最近一年度审核认可的相关设备的工业企业按设备购置额的 1% 进行奖补（不超过 500 万）",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-NEWSCALE",
    sourceId: "DY-MFG-2024",
    name: "首次进规民营工业企业奖补",
    nameEn: "Private industrial enterprise entering the above-scale list for the first time",
    computation: { kind: "fixed", amount: { min: 40, max: 50 } },
    amountUnit: "家",
    amountMeaning: "企业（填1）",
    qualifier: { type: "none" },
    cityLevel: CITY,
    notes: ["一次性奖补40—50万元，按取值档位（上限/下限/中值）取数；限地面制造业。amount 仅须填写（填1）。"],
    provenance: [cite(GROW, "对首次进规的民营工业企业（地面制造业）给予一次性奖补 40—50 万元")],
  },
  {
    id: "DY-MFG-2024.R-TOP500",
    sourceId: "DY-MFG-2024",
    name: "首次入围500强/湖北百强奖补",
    nameEn: "First entry into national top-500 or Hubei top-100 lists",
    computation: {
      kind: "byLevel",
      levels: { national: { min: 100, max: 200 }, provincial: { min: 50, max: 100 } },
    },
    amountUnit: "家",
    amountMeaning: "企业（填1）",
    qualifier: LEVEL_Q("国家级：中国民营企业500强、中国制造业500强；省级：湖北省百强企业、湖北省百强民营企业"),
    cityLevel: CITY,
    notes: [
      "国家级 = 首次入围中国民营企业500强或中国制造业500强；省级 = 首次入围湖北省百强企业或湖北省百强民营企业。",
      "一次性奖补，区间按取值档位取数。",
      CITY_NOTE,
    ],
    provenance: [
      cite(
        GROW,
        "对首次入围中国民营企业 500 强或中国制造业 500 强和首次入围湖北省百强企业或湖北省百强民营企业的企业进行一次性奖补，国家级奖补 100—200 万元，省级奖补 50—100 万元",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-REVENUE",
    sourceId: "DY-MFG-2024",
    name: "技改后营业收入首次突破奖补",
    nameEn: "Revenue first exceeding 10/20/50/100亿元 after technical renovation",
    computation: {
      kind: "milestones",
      milestones: [
        { above: 10, award: 10 },
        { above: 20, award: 20 },
        { above: 50, award: 50, note: "根据省经信厅“晋级提能”政策配套奖补" },
        { above: 100, award: 100, note: "根据省经信厅“晋级提能”政策配套奖补" },
      ],
    },
    amountUnit: "亿元",
    amountMeaning: "本年营业收入",
    qualifier: { type: "number", unit: "亿元", meaning: "此前最高营业收入", default: 0 },
    cityLevel: CITY,
    notes: [
      "“首次突破”按严格大于理解：营业收入恰为20亿元不算突破20亿元。",
      "qualifier = 此前年度最高营业收入（亿元），留空按0计；已突破过的档位不再奖励。",
      "一年内跨越多个档位时，只按本次新突破的最高档位奖补一次（例如由8亿元增至25亿元，奖20万元，不再叠加10万元）。",
      "50亿元、100亿元两档为根据省经信厅“晋级提能”政策给予的配套奖补，与10亿元、20亿元两档同一口径计算。",
      "须为实施技改项目后的制造业企业（资格条件）。",
    ],
    provenance: [
      cite(
        GROW,
        "对实施技改项目后营业收入首次突破 20 亿元、10 亿元的制造业企业分别给予 20 万元、10 万元的一次性奖补，并根据省经信厅“晋级提能”政策对实施技改项目后营业收入首次突破 100 亿元、50 亿元的制造业企业给予 100 万元、50 万元的配套奖补",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-DIGITAL",
    sourceId: "DY-MFG-2024",
    name: "“数智化转型”认定奖补",
    nameEn:
      "Recognitions for digital-intelligent transformation (single champion, specialised SMEs, smart manufacturing …)",
    computation: {
      kind: "byLevel",
      levels: { national: { min: 30, max: 200 }, provincial: { min: 20, max: 100 } },
    },
    amountUnit: "项",
    amountMeaning: "认定（填1）",
    qualifier: LEVEL_Q("国家级/省级"),
    cityLevel: CITY,
    notes: [
      "覆盖单项冠军示范和培育企业、专精特新企业、智能制造试点示范与样板工厂、数字化车间、两化融合与工业互联网试点示范、上云标杆、现代企业制度试点示范、营业收入首次超过500万元的民营信息技术服务企业、主导制（修）订标准并发布实施一年以上的企业。",
      "条款只分国家级、省级两档；标准类（国际/国家/行业标准）的级别由使用者按认定文件选择。",
      CITY_NOTE,
    ],
    provenance: [
      cite(
        GROW,
        "鼓励工业企业“数智化转型”，对经认定的制造业“单项冠军”示范和培育企业、“专精特新”企业、“智能制造试点示范、智能制造样板工厂”“数字化车间”“两化融合”试点示范、“工业互联网”试点示范、“上云标杆”、通过省经信厅评估的现代企业制度试点示范企业的工业企业和营业收入首次超过 500 万元的民营信息技术服务企业，以及主导制（修）订国际标准、国家标准、行业标准并经批准发布实施一年以上的工业企业进行专项资金奖补，国家级奖补 30—200 万元，省级奖补 20—100 万元",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-GREEN",
    sourceId: "DY-MFG-2024",
    name: "绿色制造认定奖补",
    nameEn: "Green factory / green design product / green supply chain recognition",
    computation: {
      kind: "byLevel",
      levels: { national: { min: 50, max: 50 }, provincial: { min: 30, max: 30 } },
    },
    amountUnit: "项",
    amountMeaning: "认定（填1）",
    qualifier: LEVEL_Q("国家级/省级"),
    cityLevel: CITY,
    notes: ["定额奖补：国家级50万元，省级30万元。", CITY_NOTE],
    provenance: [
      cite(
        GROW,
        "鼓励工业企业绿色化发展，对经认定的“绿色工厂”“绿色设计产品”“绿色供应链管理示范企业”的工业企业进行专项资金奖补，国家级奖补 50 万元，省级奖补 30 万元",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-SCRAP-STEEL",
    sourceId: "DY-MFG-2024",
    name: "废钢综合利用扶持奖励",
    nameEn: "Scrap-steel recycling support",
    computation: { kind: "rate", rate: { min: 0.02, max: 0.02 } },
    amountUnit: "万元",
    amountMeaning: "企业采购含税价总额",
    qualifier: { type: "none" },
    cityLevel: CITY,
    notes: ["条款未设上限。"],
    provenance: [
      cite(GROW, "奖励和扶持相关企业开展废钢、废铝等再生资源综合利用，废钢按企业采购含税价总额的 2% 给予扶持奖励"),
    ],
  },
  {
    id: "DY-MFG-2024.R-SCRAP-AL",
    sourceId: "DY-MFG-2024",
    name: "废铝综合利用扶持奖励",
    nameEn: "Scrap-aluminium recycling support",
    computation: { kind: "rate", rate: { min: 0.04, max: 0.045 } },
    amountUnit: "万元",
    amountMeaning: "企业采购含税价总额",
    qualifier: { type: "none" },
    cityLevel: CITY,
    notes: ["比例4%—4.5%，按取值档位取比例（中值4.25%）；条款未设上限。"],
    provenance: [
      cite(
        GROW,
        "奖励和扶持相关企业开展废钢、废铝等再生资源综合利用，废钢按企业采购含税价总额的 2% 给予扶持奖励，废铝按企业采购含税价总额的 4%—4.5% 给予扶持奖励",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-HITECH",
    sourceId: "DY-MFG-2024",
    name: "高新技术企业等专项奖补",
    nameEn: "High-tech enterprise (first / re-certified) and related recognitions",
    computation: { kind: "fixed", amount: { min: 0.1, max: 50 } },
    amountUnit: "项",
    amountMeaning: "认定（填1）",
    qualifier: { type: "none" },
    cityLevel: CITY,
    notes: [
      "覆盖首次和重新认定为高新技术企业、获批省级百强高新技术企业、纳入全国科技型中小企业信息库的工业企业；条款只给总区间0.1—50万元，不分档次，按取值档位取数。",
    ],
    provenance: [
      cite(
        INNOV,
        "对首次和重新认定为高新技术企业，获批省级百强高新技术企业、纳入全国科技型中小企业信息库的工业企业进行 0.1—50 万元的专项资金奖补",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-SCI-AWARD",
    sourceId: "DY-MFG-2024",
    name: "科学技术奖奖补",
    nameEn: "Science and technology award",
    computation: {
      kind: "byLevel",
      levels: { national: { min: 50, max: 100 }, provincial: { min: 20, max: 40 } },
    },
    amountUnit: "项",
    amountMeaning: "获奖（填1）",
    qualifier: LEVEL_Q("国家级/省级"),
    cityLevel: CITY,
    notes: ["省级科技型中小企业创新奖按省级计。", CITY_NOTE],
    provenance: [
      cite(
        INNOV,
        "并对获得国家级、省级科学技术奖和省级科技型中小企业创新奖的工业企业进行专项资金奖补，国家级奖补 50—100 万元，省级奖补 20—40 万元",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-INSTITUTE",
    sourceId: "DY-MFG-2024",
    name: "产业技术研究院奖补",
    nameEn: "Industrial technology research institute",
    computation: {
      kind: "byLevel",
      levels: { provincial: { min: 400, max: 400 }, prefecture: { min: 200, max: 200 } },
    },
    amountUnit: "家",
    amountMeaning: "研究院（填1）",
    qualifier: LEVEL_Q("省级/黄石市级"),
    cityLevel: CITY,
    notes: [
      "一次性奖补：省级400万元，黄石市级200万元；“每年绩效评价后继续予以资金支持”未给金额，不计入。",
      "条款未设国家级、大冶市级档；这些级别奖补为0并在说明中注明。",
      CITY_NOTE,
    ],
    provenance: [
      cite(
        INNOV,
        "对被备案为省级、黄石市级的产业技术研究院，分别进行 400 万元、200 万元的一次性奖补，并在每年绩效评价后继续予以资金支持",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-RND-ORG",
    sourceId: "DY-MFG-2024",
    name: "研发机构奖补",
    nameEn: "R&D organisations (key labs, innovation centres, enterprise technology centres …)",
    computation: {
      kind: "byLevel",
      levels: {
        national: { min: 50, max: 300 },
        provincial: { min: 20, max: 50 },
        prefecture: { min: 5, max: 20 },
        county: { min: 1, max: 1 },
      },
    },
    amountUnit: "家",
    amountMeaning: "研发机构（填1）",
    qualifier: LEVEL_Q("国家级/省级/黄石市级/大冶市级"),
    cityLevel: CITY,
    notes: ["四级：国家级50—300万元，省级20—50万元，黄石市级5—20万元，大冶市级1万元。", CITY_NOTE],
    provenance: [
      cite(
        INNOV,
        "对各级认定的重点实验室、产业创新中心（联合体）、专业型研究所、企业技术中心、工程研究中心、科技成果转化中心、科技创新示范基地、飞地型研发机构、海外技术转移中心、海外研发和创新中心等研发机构进行专项资金奖补，国家级奖补 50—300 万元，省级奖补 20—50 万元，黄石市级奖补 5—20 万元，大冶市级奖补 1 万元",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-INCUBATOR",
    sourceId: "DY-MFG-2024",
    name: "“双创”平台奖补",
    nameEn: "Innovation and entrepreneurship platforms (incubators, accelerators, maker spaces …)",
    computation: {
      kind: "byLevel",
      levels: { national: { min: 50, max: 100 }, provincial: { min: 20, max: 50 } },
    },
    amountUnit: "家",
    amountMeaning: "平台（填1）",
    qualifier: LEVEL_Q("国家级/省级"),
    cityLevel: CITY,
    notes: ["限新认定的平台。", CITY_NOTE],
    provenance: [
      cite(
        INNOV,
        "推进企业“双创”平台建设，对新认定的国家级、省级企校联合创新中心、科技企业孵化器、加速器、众创空间、星创天地等平台进行专项资金奖补，国家级奖补 50—100 万元，省级奖补 20—50 万元",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-RND-INTENSITY",
    sourceId: "DY-MFG-2024",
    name: "研发投入超5%部分补贴",
    nameEn: "R&D spending above 5% of sales revenue",
    computation: { kind: "rateOnExcess", rate: { min: 0.1, max: 0.5 }, share: 0.05 },
    amountUnit: "万元",
    amountMeaning: "研发费用",
    qualifier: { type: "number", unit: "万元", meaning: "销售收入" },
    cityLevel: CITY,
    notes: [
      "“研发费用占销售收入达到5%以上部分”读作：补贴基数 = 研发费用 − 销售收入×5%；不超过5%时为0。",
      "补贴比例10%—50%，按取值档位取比例；条款未设上限。",
    ],
    provenance: [
      cite(
        INNOV,
        "支持企业加大研发投入，开展关键技术攻关、强化成果转化，对研发费用占销售收入达到 5%以上部分、购买国内外科技成果实现转化的工业企业按企业实际产生的费用予以 10%—50%的补贴",
      ),
    ],
  },
  {
    id: "DY-MFG-2024.R-TECH-TRANSFER",
    sourceId: "DY-MFG-2024",
    name: "购买科技成果转化补贴",
    nameEn: "Purchased technology achievements put into use",
    computation: { kind: "rate", rate: { min: 0.1, max: 0.5 } },
    amountUnit: "万元",
    amountMeaning: "购买国内外科技成果实际产生的费用",
    qualifier: { type: "none" },
    cityLevel: CITY,
    notes: ["按实际产生费用的10%—50%补贴，按取值档位取比例；条款未设上限。"],
    provenance: [
      cite(
        INNOV,
        "对研发费用占销售收入达到 5%以上部分、购买国内外科技成果实现转化的工业企业按企业实际产生的费用予以 10%—50%的补贴",
      ),
    ],
  },
];
