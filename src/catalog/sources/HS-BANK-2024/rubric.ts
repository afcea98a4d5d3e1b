/**
 * HS-BANK-2024: the scoring rubric of 黄政办发〔2024〕10号 (2024年度黄石市银行业金融机构支持地方经济发展
 * 考评办法) with its five annex tables (16 banks' 2023 balances and 2024 tasks). Every number here is
 * copied from the seed and checked against the quotes by test/catalog/provenance.test.ts.
 */
import type { RubricInput, RubricItemInput } from "../../../core/schema";
import { ANNEX_BANKS_HEADER, GUARANTEE_RULE, cite } from "./cite";

const R = "HS-BANK-2024";

/** Reading shared by every "每高于任务数…加…分" item (+1 per FULL step: docs/RUBRIC.md, "Full steps only"). */
const FULL_STEPS = "奖励按“满一个步长”计：高出任务数不足一个步长（如0.999亿元）不加分。";
const PROPORTIONAL = "低于任务数“按完成比例得分”读作：满分 × 实际/任务，不低于0（余额下降时得0分），不取整。";
const ANNEX_TASK = "reference 为任务数：可填数值，或填附件中的银行名称（如“工商银行”）以取该行任务数。";
/** Shared by the two guarantee items (S-GUARANTEE-STARTUP, S-GUARANTEE-GOVBANK). */
const CITY_TASK = "市定目标任务“另行分解”，不在附件中，reference 必填。";
const PART_OF_GUARANTEE = "本项为 S-GUARANTEE 的一部分，两项合计最高10分，故单项亦不超过10分；总分只计 S-GUARANTEE。";

const items: RubricItemInput[] = [
  // （一）贷款投入（50分）
  {
    id: `${R}.S-LOAN-INC`,
    name: "贷款增量",
    nameEn: "Loan increment",
    group: "贷款投入",
    params: {
      kind: "vsTask",
      points: 40,
      unit: "亿元",
      taskAnnex: { annex: "annex1", task: "task", base: "base2023" },
      taskRate: 0.15,
      bonus: { step: 1, points: 1, cap: 20 },
    },
    inputs: { actual: "2024年贷款新增额（亿元）", reference: "增量任务（亿元，附件1“确保”任务；或银行名称）" },
    notes: [
      FULL_STEPS,
      PROPORTIONAL,
      ANNEX_TASK,
      "任务数取附件1“当年确保增量任务（按15%增长）”，与正文“贷款新增达到15%”一致；“开门红”（10%）与“力争”（18%）任务仅作参考。",
    ],
    provenance: [
      cite(
        "二、（一）1",
        "1. 贷款增量（40分）：以2023年末贷款余额为基数，贷款新增达到15%（贷款新增任务详见附件1），得40分。每高于任务数1亿元加1分，最高不超过20分。低于任务数按完成比例得分。",
      ),
    ],
  },
  {
    id: `${R}.S-LOAN-GROWTH`,
    name: "贷款增速",
    nameEn: "Loan growth vs citywide average",
    group: "贷款投入",
    params: {
      kind: "vsAverage",
      points: 10,
      averageOf: "当年全市新增贷款平均增速",
      bonus: { step: 0.02, points: 1, cap: 5 },
      penalty: { step: 0.02, points: 1, floor: 0 },
    },
    inputs: { actual: "本行贷款增速（%）", reference: "全市新增贷款平均增速（%）" },
    notes: ["加分、扣分均按满2个百分点计（低1.9个百分点不扣分）；“10分扣完为止”即最低0分。"],
    provenance: [
      cite(
        "二、（一）2",
        "2. 贷款增速（10分）：达到当年全市新增贷款平均增速的，得10分。每高2个百分点加1分，最高加5分。每低2个百分点扣1分，10分扣完为止。",
      ),
    ],
  },
  // （二）贷款结构（45分）— 1. 中小微企业信贷（13分）
  {
    id: `${R}.S-SME-INC`,
    name: "中小微企业贷款增量",
    nameEn: "SME loan increment",
    group: "贷款结构",
    subgroup: "中小微企业信贷（13分）",
    params: {
      kind: "vsTask",
      points: 4,
      unit: "亿元",
      taskAnnex: { annex: "annex2", task: "task", base: "base2023" },
      taskRate: 0.15,
      bonus: { step: 2, points: 0.5, cap: 2 },
    },
    inputs: { actual: "2024年中小微企业贷款新增额（亿元）", reference: "增量任务（亿元，附件2；或银行名称）" },
    notes: [FULL_STEPS, PROPORTIONAL, ANNEX_TASK, "中小微企业含小微企业主、个体工商户经营性贷款。"],
    provenance: [
      cite(
        "二、（二）1.(1)",
        "(1) 增量(4分)。以2023年末中小微企业贷款余额为基数,贷款新增达到15%(贷款新增任务详见附件2),得4分。每高于任务数2亿元加0.5分,最高不超过2分。低于任务数按完成比例得分。",
      ),
    ],
  },
  {
    id: `${R}.S-SME-COVERAGE`,
    name: "中小微企业扩面",
    nameEn: "SME borrower coverage growth",
    group: "贷款结构",
    subgroup: "中小微企业信贷（13分）",
    params: {
      kind: "vsTask",
      points: 3,
      unit: "%",
      defaultTask: 0.12,
      bonus: { step: 0.02, points: 0.5, cap: 2 },
    },
    inputs: { actual: "中小微企业贷款新增户数增长率（%）", reference: "任务增长率（%，默认12%）" },
    notes: [FULL_STEPS, PROPORTIONAL, "任务数为正文所定“新增户数增长12%”，各行相同；reference 留空即取12%。"],
    provenance: [
      cite(
        "二、（二）1.(2)",
        "(2) 扩面(3分)。新增户数增长12%得3分。每高于任务数2个百分点加0.5分,最高不超过2分。低于任务数按完成比例得分。",
      ),
    ],
  },
  {
    id: `${R}.S-SME-RATE`,
    name: "中小微企业降成本",
    nameEn: "SME lending rate reduction",
    group: "贷款结构",
    subgroup: "中小微企业信贷（13分）",
    params: { kind: "perStep", measure: "decrease", unit: "%", step: 0.001, points: 0.25, cap: 2 },
    inputs: { actual: "当期新发放贷款综合利率（%）", reference: "年初新发放贷款综合利率（%）" },
    notes: ["按利率比年初每满下降0.1个百分点得0.25分，最高2分；利率未下降得0分。利率须为0～100%之间的小数或百分数。"],
    provenance: [
      cite(
        "二、（二）1.(3)",
        "(3) 降成本(2分)。当期新发放的贷款综合利率比年初每下降0.1个百分点得0.25分,最高不超过2分。",
      ),
    ],
  },
  {
    id: `${R}.S-INCLUSIVE-GROWTH`,
    name: "普惠小微贷款增速",
    nameEn: "Inclusive small & micro loan growth",
    group: "贷款结构",
    subgroup: "中小微企业信贷（13分）",
    params: {
      kind: "vsAverage",
      points: 4,
      averageOf: "当年全市普惠小微贷款平均增速",
      bonus: { step: 0.02, points: 0.25, cap: 2 },
      penalty: { step: 0.02, points: 0.25, floor: 0 },
    },
    inputs: { actual: "本行普惠小微贷款增速（%）", reference: "全市普惠小微贷款平均增速（%）" },
    notes: [
      "加分、扣分均按满2个百分点计；“4分扣完为止”即最低0分。",
      "普惠小微贷款按人民银行最新认定标准，包括单户授信2000万元以下小微企业贷款、小微企业主和个体工商户经营性贷款。",
    ],
    provenance: [
      cite(
        "二、（二）1.(4)",
        "(4) 普惠小微贷款增速(4分)。达到当年全市普惠小微贷款平均增速的,得4分。每高2个百分点加0.25分,最高不超过2分。每低2个百分点扣0.25分,4分扣完为止。",
      ),
    ],
  },
  // 2. 制造业信贷（10分）
  {
    id: `${R}.S-MFG-INC`,
    name: "制造业贷款增量",
    nameEn: "Manufacturing loan increment",
    group: "贷款结构",
    subgroup: "制造业信贷（10分）",
    params: {
      kind: "vsTask",
      points: 5,
      unit: "亿元",
      taskAnnex: { annex: "annex3", task: "task", base: "base2023" },
      taskRate: 0.15,
      bonus: { step: 1, points: 0.5, cap: 2 },
    },
    inputs: { actual: "2024年制造业贷款新增额（亿元，含票据贴现）", reference: "增量任务（亿元，附件3；或银行名称）" },
    notes: [FULL_STEPS, PROPORTIONAL, ANNEX_TASK, "制造业信贷目标任务含票据贴现额度，年终考核计入任务完成数。"],
    provenance: [
      cite(
        "二、（二）2.(1)",
        "(1) 增量(5分)。以2023年末制造业贷款余额为基数,贷款新增达到15%(各行目标详见附件3),得5分。每高于任务数1亿元加0.5分,最高不超过2分。低于任务数按完成比例得分。",
      ),
      cite("二、（二）2", "制造业信贷目标任务含票据贴现额度,年终考核计入任务完成数。"),
    ],
  },
  {
    id: `${R}.S-MFG-GROWTH`,
    name: "制造业贷款增速",
    nameEn: "Manufacturing loan growth vs average",
    group: "贷款结构",
    subgroup: "制造业信贷（10分）",
    params: {
      kind: "vsAverage",
      points: 5,
      averageOf: "当年制造业贷款平均增速",
      bonus: { step: 0.02, points: 0.5, cap: 2 },
      penalty: { step: 0.02, points: 0.5, floor: 0 },
    },
    inputs: { actual: "本行制造业贷款增速（%）", reference: "制造业贷款平均增速（%）" },
    notes: ["加分、扣分均按满2个百分点计；“5分扣完为止”即最低0分。"],
    provenance: [
      cite(
        "二、（二）2.(2)",
        "(2) 增速(5分)。达到当年制造业贷款平均增速的,得5分。每高2个百分点加0.5分,最高不超过2分。每低2个百分点扣0.5分,5分扣完为止。",
      ),
    ],
  },
  // 3. 绿色（碳）金融（10分）
  {
    id: `${R}.S-GREEN-INC`,
    name: "绿色贷款增量",
    nameEn: "Green loan increment",
    group: "贷款结构",
    subgroup: "绿色(碳)金融（10分）",
    params: {
      kind: "vsTask",
      points: 6,
      unit: "亿元",
      taskAnnex: { annex: "annex4", task: "task", base: "base2023" },
      taskRate: 0.15,
      bonus: { step: 1, points: 0.5, cap: 2 },
    },
    inputs: { actual: "2024年绿色贷款新增额（亿元）", reference: "增量任务（亿元，附件4；或银行名称）" },
    notes: [
      FULL_STEPS,
      PROPORTIONAL,
      ANNEX_TASK,
      "附件4备注：绿色信贷暂按15%的增速分解，年末按不低于全国或全省平均增速进行考评——年末任务如有调整，在 reference 中填调整后的任务数。",
    ],
    provenance: [
      cite(
        "二、（二）3.(1)",
        "(1) 增量(6分)。以2023年末绿色贷款余额为基数,贷款新增达到15%(各行目标详见附件4),得6分。每高于任务数1亿元加0.5分,最高不超过2分。低于任务数按完成比例得分。",
      ),
    ],
  },
  {
    id: `${R}.S-CARBON-PRODUCT`,
    name: "碳金融产品创新",
    nameEn: "First-of-kind carbon finance products",
    group: "贷款结构",
    subgroup: "绿色(碳)金融（10分）",
    params: { kind: "perEvent", points: 1, cap: 4, event: "推动第一单创新碳金融融资产品投放黄石" },
    inputs: { actual: "投放黄石的第一单创新碳金融融资产品数（单）" },
    notes: ["actual 为产品单数（非负整数），每单1分，最高4分。"],
    provenance: [
      cite(
        "二、（二）3.(2)",
        "(2) 碳金融产品创新(4分)。各银行业金融机构推动第一单创新碳金融融资产品投放黄石,每一单创新融资产品,加1分,最高不超过4分。",
      ),
    ],
  },
  // 4. 科创金融（8分）
  {
    id: `${R}.S-SCI-TECH`,
    name: "科创金融",
    nameEn: "Sci-tech finance",
    group: "贷款结构",
    subgroup: "科创金融（8分）",
    params: {
      kind: "averagePlusEvents",
      points: 6,
      unit: "亿元",
      averageOf: "当年全市新增科技型企业贷款平均余额",
      below: "proportional",
      eventPoints: 1,
      cap: 8,
      event: "推动第一单科技金融产品落地黄石",
    },
    inputs: {
      actual: "本行新增科技型企业贷款余额（亿元）",
      reference: "全市新增科技型企业贷款平均余额（亿元）",
      extra: "落地黄石的第一单科技金融产品数（单）",
    },
    notes: [
      "达到全市平均得6分，未达到按 6 × 本行/平均 计分（不低于0）；extra 为第一单科技金融产品数，每单加1分；合计最高8分（“直至加满8分”）。",
    ],
    provenance: [
      cite(
        "二、（二）4",
        "达到当年全市新增科技型企业贷款平均余额的,得6分,未达到新增贷款平均余额的,按比例计分;推动第一单科技金融产品落地黄石,每单加1分,直至加满8分。",
      ),
    ],
  },
  // 5. 养老金融（4分）
  {
    id: `${R}.S-ELDERLY`,
    name: "养老金融",
    nameEn: "Elderly-care finance",
    group: "贷款结构",
    subgroup: "养老金融（4分）",
    params: {
      kind: "averagePlusEvents",
      points: 2,
      unit: "%",
      averageOf: "全市养老产业贷款余额平均增速",
      below: "zero",
      eventPoints: 1,
      cap: 4,
      event: "增速前5名；推动第一单养老金融产品投放黄石或形成养老金融模式（每单）",
    },
    inputs: {
      actual: "本行养老产业贷款余额增速（%）",
      reference: "全市平均增速（%）",
      extra: "加1分事项数：增速前5名计1项，每单第一单养老金融产品或养老金融模式计1项",
    },
    notes: [
      "达到全市平均水平得2分；未达到不得这2分（原文未规定按比例）。",
      "“增速前5名加1分”与“每一单加1分”同为1分一项，合并在 extra 中计数（前5名计1项）；合计最高4分（“直至加满4分”）。",
    ],
    provenance: [
      cite(
        "二、（二）5",
        "养老产业贷款余额增速达到全市平均水平得2分,增速前5名加1分;推动第一单养老金融产品投放黄石,或形成养老金融模式,每一单加1分,直至加满4分。",
      ),
    ],
  },
  // （三）“东楚融通”平台推广应用（5分）
  {
    id: `${R}.S-DONGCHU-AMOUNT`,
    name: "“东楚融通”融资金额",
    nameEn: "Dongchu Rongtong platform: financing amount",
    group: "东楚融通",
    params: {
      kind: "vsTask",
      points: 3,
      unit: "亿元",
      taskAnnex: { annex: "annex5", task: "amount" },
      bonus: { step: 1, points: 0.2, cap: 2 },
    },
    inputs: { actual: "平台融资金额（亿元）", reference: "目标任务（亿元，附件5；或银行名称）" },
    notes: [FULL_STEPS, PROPORTIONAL, ANNEX_TASK],
    provenance: [
      cite(
        "二、（三）1",
        "融资金额达到目标的(各行目标任务详见附件5),得3分。每高于任务数1亿元加0.2分,最高不超过2分。低于任务数按完成比例得分。",
      ),
    ],
  },
  {
    id: `${R}.S-DONGCHU-HOUSEHOLDS`,
    name: "“东楚融通”融资户数",
    nameEn: "Dongchu Rongtong platform: borrowers financed",
    group: "东楚融通",
    params: {
      kind: "vsTask",
      points: 2,
      unit: "户",
      taskAnnex: { annex: "annex5", task: "households" },
      bonus: { step: 15, points: 0.2, cap: 1 },
    },
    inputs: { actual: "平台融资户数（户）", reference: "目标任务（户，附件5；或银行名称）" },
    notes: [
      FULL_STEPS,
      PROPORTIONAL,
      ANNEX_TASK,
      "附件5该行标为“融资金数”，正文称“融资户数”；表中数值单位为户（表头“单位：亿元、户”），按融资户数任务使用。",
    ],
    provenance: [
      cite(
        "二、（三）2",
        "融资户数达到目标的(各行目标任务详见附件5),得2分。每高于任务数15户加 0.2分，最高不超过1分。低于任务数按完成比例得分。",
      ),
    ],
  },
  // （四）加减分及一票否决事项
  {
    id: `${R}.S-POLICY-SERVICE`,
    name: "金融政策争取、落实及综合金融服务",
    nameEn: "Policy support and comprehensive financial services (panel grade)",
    group: "加减分",
    params: {
      kind: "grade",
      grades: [
        { label: "好", min: 10, max: 10 },
        { label: "较好", min: 5, max: 9 },
        { label: "一般", min: 0, max: 4 },
        { label: "较差", min: 1, max: 5, negative: true },
        { label: "很差", min: 6, max: 10, negative: true },
      ],
    },
    inputs: {
      actual: "考评小组评定：档次（好/较好/一般/较差/很差）或分值（-10～10）",
      reference: "填档次时可给档内分值；留空取该档上限",
    },
    notes: [
      "扣分档以绝对值存放：“较差”-5至-1分、“很差”-10至-6分。",
      "actual 为分值时须落在某一档内（如4.5分不属任何档，报#VALUE!）；为档次时 reference 可给档内分值，留空取该档上限（区间取值默认取上限）。",
    ],
    provenance: [
      cite(
        "二、（四）1",
        "考评小组对各银行业金融机构争取、执行金融政策及综合金融服务以及运用政策性开发性金融工具等情况进行评分，一共分5档，“好”的机构得10分，“较好”的机构得5至9分，“一般”的机构得0至4分，“较差”的机构得-5至-1分，“很差”的机构得-10至-6分。",
      ),
    ],
  },
  {
    id: `${R}.S-NPL`,
    name: "不良贷款核销",
    nameEn: "Non-performing loan disposal",
    group: "加减分",
    params: {
      kind: "perStep",
      measure: "actual",
      unit: "万元",
      step: 2000,
      points: 1,
      cap: 5,
      actualWeight: 1,
      extraWeight: 0.5,
    },
    inputs: {
      actual: "不良贷款核销金额（万元，不含信用卡）",
      extra: "打包等其他方式处置金额（万元，按50%计）",
    },
    notes: ["处置额 = 核销金额×100% + 打包等方式×50%；每满2000万元得1分，最高5分。"],
    provenance: [
      cite(
        "二、（四）2",
        "不良贷款（不含信用卡核销数据）处置额每核销2000万元得1分，最高不超过5分。不良贷款处置包括不良贷款核销、打包等方式，其中核销金额按100%统计处置额，打包等方式均按50%统计处置额。",
      ),
    ],
  },
  {
    id: `${R}.S-BOND`,
    name: "认购融资平台债券",
    nameEn: "Subscription of local financing-platform bonds",
    group: "加减分",
    params: { kind: "perStep", measure: "actual", unit: "亿元", step: 1, points: 0.5, cap: 10 },
    inputs: { actual: "认购2024年度我市平台公司新发行债券金额（亿元）" },
    notes: ["每满1亿元加0.5分，最高10分；含本级行自有资金、引入上级行及关联企业资金认购。"],
    provenance: [
      cite(
        "二、（四）3",
        "认购融资平台债券包括运用本级行自有资金、引入上级行及关联企业资金认购2024年度我市平台公司新发行债券。每认购1亿元加0.5分，最高不超过10分。",
      ),
    ],
  },
  {
    id: `${R}.S-GUARANTEE-STARTUP`,
    name: "创业担保贷款扩面",
    nameEn: "Start-up guaranteed loans",
    group: "加减分",
    params: {
      kind: "vsTask",
      points: 4,
      unit: "亿元",
      bonus: { step: 1, points: 1 },
      cap: 10,
      flagBonus: { points: 2, meaning: "2024年新纳入创业担保贷款业务合作的银行" },
    },
    inputs: {
      actual: "创业担保贷款扩面完成数（亿元）",
      reference: "市定目标任务（亿元，另行分解）",
      extra: "2024年新纳入合作（是/否）",
    },
    partOf: `${R}.S-GUARANTEE`,
    notes: [FULL_STEPS, PROPORTIONAL, CITY_TASK, PART_OF_GUARANTEE],
    provenance: [GUARANTEE_RULE],
  },
  {
    id: `${R}.S-GUARANTEE-GOVBANK`,
    name: "新型政银担业务扩面",
    nameEn: "New government–bank–guarantor business",
    group: "加减分",
    params: {
      kind: "vsTask",
      points: 4,
      unit: "亿元",
      bonus: { step: 1, points: 1 },
      cap: 10,
      flagBonus: { points: 2, meaning: "2024年新纳入新型政银担业务合作的银行" },
    },
    inputs: {
      actual: "新型政银担业务扩面完成数（亿元）",
      reference: "市定目标任务（亿元，另行分解）",
      extra: "2024年新纳入合作（是/否）",
    },
    partOf: `${R}.S-GUARANTEE`,
    notes: [FULL_STEPS, PROPORTIONAL, CITY_TASK, PART_OF_GUARANTEE],
    provenance: [GUARANTEE_RULE],
  },
  {
    id: `${R}.S-GUARANTEE`,
    name: "创业担保贷款和新型政银担业务扩面",
    nameEn: "Guaranteed-loan schemes (combined)",
    group: "加减分",
    params: { kind: "combined", parts: [`${R}.S-GUARANTEE-STARTUP`, `${R}.S-GUARANTEE-GOVBANK`], cap: 10 },
    inputs: {
      actual: "创业担保贷款得分（S-GUARANTEE-STARTUP）",
      reference: "新型政银担业务得分（S-GUARANTEE-GOVBANK，留空为0）",
    },
    notes: ["两项分别计分（见两个分项），合计最高10分。"],
    provenance: [
      cite("二、（四）4", "两项加分合计最高不超过10分。全市创业担保贷款、新型政银担业务扩面目标任务另行分解。"),
    ],
  },
  {
    id: `${R}.S-VETO`,
    name: "一票否决",
    nameEn: "Veto (disqualification)",
    group: "一票否决",
    params: { kind: "veto" },
    inputs: { actual: "经查实无故盲目抽贷、压贷、断贷并造成严重社会影响（是/否）" },
    notes: [
      "否决不是分数：SCORE 对“否”返回0；对“是”返回 #VALUE!（取消考评资格，不计分不排名）。",
      "被否决的银行不参加排名：排名处填“否决”，TIER 返回“取消考评资格（一票否决）”，count 为参加排名的银行数。",
    ],
    provenance: [
      cite(
        "二、（四）5",
        "对经市地方金融工作局、人行黄石市分行、国家金融监管总局黄石监管分局查实，无故盲目抽贷、压贷、断贷，而导致企业资金链断裂造成严重社会影响的银行业金融机构，实行一票否决，直接取消考评资格。",
      ),
    ],
  },
];

const BANK_COLUMN = { key: "bank", header: "单位" };

export const rubric: RubricInput | null = {
  id: R,
  sourceId: "HS-BANK-2024",
  name: "2024年度黄石市银行业金融机构支持地方经济发展考评办法",
  items,
  tiers: [
    { label: "贡献突出单位", from: 1, to: 3 },
    { label: "贡献积极单位", from: 4, to: 10 },
    { label: "贡献一般单位", from: 11, to: 13 },
    { label: "约谈", from: 1, to: 3, fromEnd: true },
  ],
  vetoLabel: "取消考评资格（一票否决）",
  otherLabel: "无称号",
  annexes: [
    {
      id: "annex1",
      name: "附件1 2024年度全市银行业金融机构信贷投入任务一览表",
      keyColumn: "bank",
      totalLabel: "全市合计",
      columns: [
        BANK_COLUMN,
        { key: "base2023", header: "2023年末贷款余额", unit: "亿元" },
        { key: "q1Task", header: "2024年一季度“开门红”增量任务(按10%增长)", unit: "亿元" },
        { key: "task", header: "2024年当年确保增量任务(按15%增长)", unit: "亿元" },
        { key: "stretchTask", header: "2024年当年力争增量任务(按18%增长)", unit: "亿元" },
      ],
      rows: [
        { bank: "农发行", base2023: 282.01, q1Task: 28.2, task: 42.3, stretchTask: 50.76 },
        { bank: "工商银行", base2023: 256.05, q1Task: 25.6, task: 38.41, stretchTask: 46.09 },
        { bank: "农业银行", base2023: 328.33, q1Task: 32.83, task: 49.25, stretchTask: 59.1 },
        { bank: "中国银行", base2023: 217.9, q1Task: 21.79, task: 32.69, stretchTask: 39.22 },
        { bank: "建设银行", base2023: 226.09, q1Task: 22.61, task: 33.91, stretchTask: 40.7 },
        { bank: "交通银行", base2023: 110.41, q1Task: 11.04, task: 16.56, stretchTask: 19.87 },
        { bank: "邮储银行", base2023: 78.06, q1Task: 7.81, task: 11.71, stretchTask: 14.05 },
        { bank: "中信银行", base2023: 48.91, q1Task: 4.89, task: 7.34, stretchTask: 8.8 },
        { bank: "光大银行", base2023: 44.83, q1Task: 4.48, task: 6.73, stretchTask: 8.07 },
        { bank: "广发银行", base2023: 26.6, q1Task: 2.66, task: 3.99, stretchTask: 4.79 },
        { bank: "招商银行", base2023: 61.16, q1Task: 6.12, task: 9.17, stretchTask: 11.01 },
        { bank: "兴业银行", base2023: 64.58, q1Task: 6.46, task: 9.69, stretchTask: 11.62 },
        { bank: "民生银行", base2023: 21.08, q1Task: 2.11, task: 3.16, stretchTask: 3.8 },
        { bank: "湖北银行", base2023: 178.66, q1Task: 17.87, task: 26.8, stretchTask: 32.16 },
        { bank: "汉口银行", base2023: 55.39, q1Task: 5.54, task: 8.31, stretchTask: 9.97 },
        { bank: "农商行", base2023: 313.88, q1Task: 31.39, task: 47.08, stretchTask: 56.5 },
        { bank: "全市合计", base2023: 2347.13, q1Task: 234.71, task: 352.07, stretchTask: 422.48 },
      ],
      notes: [
        "“全市合计”2347.13亿元是全市各项贷款余额（见黄政发〔2024〕7号“达到2347亿元”），不只是16家考评银行：16家之和为2313.94亿元（各任务行同理：231.40/347.10/416.51）。",
      ],
      provenance: [
        cite("附件1", "2024年度全市银行业金融机构信贷投入任务一览表"),
        cite("附件1", "单位：亿元"),
        cite(
          "附件1",
          "单位 项目 农发 行 工商 银行 农业 银行 中国 银行 建设 银行 交通 银行 邮储 银行 中信 银行 光大 银行 广发 银行 招商 银行 兴业 银行 民生 银行 湖北 银行 汉口 银行 农商 行 全市 合计",
        ),
        cite(
          "附件1",
          "2023年末 贷款余额 282.01 256.05 328.33 217.90 226.09 110.41 78.06 48.91 44.83 26.60 61.16 64.58 21.08 178.66 55.39 313.88 2347.13",
        ),
        cite(
          "附件1",
          "2024年一 季度“开 门红”增 量任务 (按10% 增长) 28.20 25.60 32.83 21.79 22.61 11.04 7.81 4.89 4.48 2.66 6.12 6.46 2.11 17.87 5.54 31.39 234.71",
        ),
        cite(
          "附件1",
          "2024年当 年确保增 量任务 (按15% 增长) 42.30 38.41 49.25 32.69 33.91 16.56 11.71 7.34 6.73 3.99 9.17 9.69 3.16 26.80 8.31 47.08 352.07",
        ),
        cite(
          "附件1",
          "2024年当 年力争增 量任务 (按18% 增长) 50.76 46.09 59.10 39.22 40.70 19.87 14.05 8.80 8.07 4.79 11.01 11.62 3.80 32.16 9.97 56.50 422.48",
        ),
      ],
    },
    {
      id: "annex2",
      name: "附件2 2024年度全市银行业金融机构中小微企业信贷任务一览表",
      keyColumn: "bank",
      totalLabel: "合计",
      columns: [
        BANK_COLUMN,
        { key: "base2023", header: "2023年末贷款余额", unit: "亿元" },
        { key: "task", header: "2024年当年增量任务(按15%增长)", unit: "亿元" },
      ],
      rows: [
        { bank: "农发行", base2023: 277.97, task: 41.7 },
        { bank: "工商银行", base2023: 112.37, task: 16.86 },
        { bank: "农业银行", base2023: 164.87, task: 24.73 },
        { bank: "中国银行", base2023: 84.93, task: 12.74 },
        { bank: "建设银行", base2023: 104.17, task: 15.63 },
        { bank: "交通银行", base2023: 57.58, task: 8.64 },
        { bank: "邮储银行", base2023: 31.56, task: 4.73 },
        { bank: "中信银行", base2023: 19.64, task: 2.95 },
        { bank: "光大银行", base2023: 17.99, task: 2.7 },
        { bank: "广发银行", base2023: 13.66, task: 2.05 },
        { bank: "招商银行", base2023: 16.55, task: 2.48 },
        { bank: "兴业银行", base2023: 31.99, task: 4.8 },
        { bank: "民生银行", base2023: 7.6, task: 1.14 },
        { bank: "湖北银行", base2023: 98.95, task: 14.84 },
        { bank: "汉口银行", base2023: 29.74, task: 4.46 },
        { bank: "农商行", base2023: 204.84, task: 30.73 },
        { bank: "合计", base2023: 1274.4, task: 191.16 },
      ],
      notes: [
        "备注：中小微企业信贷含小微企业主、个体工商户经营性贷款。",
        "16家之和与“合计”有舍入差：余额1274.41（表为1274.40），任务191.18（表为191.16）。",
      ],
      provenance: [
        cite("附件2", "2024年度全市银行业金融机构中小微企业信贷任务一览表"),
        cite("附件2", "单位：亿元"),
        cite("附件2", ANNEX_BANKS_HEADER),
        cite(
          "附件2",
          "2023年 末贷款 余额 277.97 112.37 164.87 84.93 104.17 57.58 31.56 19.64 17.99 13.66 16.55 31.99 7.60 98.95 29.74 204.84 1274.40",
        ),
        cite(
          "附件2",
          "2024年 当年增 量任务 (按15% 增长) 41.70 16.86 24.73 12.74 15.63 8.64 4.73 2.95 2.70 2.05 2.48 4.80 1.14 14.84 4.46 30.73 191.16",
        ),
        cite("附件2", "备注：中小微企业信贷含小微企业主、个体工商户经营性贷款"),
      ],
    },
    {
      id: "annex3",
      name: "附件3 2024年度全市银行业金融机构制造业信贷任务一览表",
      keyColumn: "bank",
      totalLabel: "合计",
      columns: [
        BANK_COLUMN,
        { key: "base2023", header: "2023年末贷款余额(含贴现)", unit: "亿元" },
        { key: "task", header: "2024年当年增量任务(按15%增长)", unit: "亿元" },
      ],
      rows: [
        { bank: "农发行", base2023: 0.17, task: 0.02 },
        { bank: "工商银行", base2023: 80.18, task: 12.03 },
        { bank: "农业银行", base2023: 44.85, task: 6.73 },
        { bank: "中国银行", base2023: 60.85, task: 9.13 },
        { bank: "建设银行", base2023: 82.6, task: 12.39 },
        { bank: "交通银行", base2023: 58.71, task: 8.81 },
        { bank: "邮储银行", base2023: 10.06, task: 1.51 },
        { bank: "中信银行", base2023: 12.44, task: 1.87 },
        { bank: "光大银行", base2023: 3.77, task: 0.57 },
        { bank: "广发银行", base2023: 11.47, task: 1.72 },
        { bank: "招商银行", base2023: 21.55, task: 3.23 },
        { bank: "兴业银行", base2023: 20.8, task: 3.12 },
        { bank: "民生银行", base2023: 5.57, task: 0.83 },
        { bank: "湖北银行", base2023: 24.65, task: 3.7 },
        { bank: "汉口银行", base2023: 17.58, task: 2.64 },
        { bank: "农商行", base2023: 23.43, task: 3.51 },
        { bank: "合计", base2023: 478.67, task: 71.8 },
      ],
      notes: ["16家之和与“合计”有舍入差：余额478.68（表为478.67），任务71.81（表为71.80）。"],
      provenance: [
        cite("附件3", "2024年度全市银行业金融机构制造业信贷任务一览表"),
        cite("附件3", "单位 项目 2023年 末贷款 余额 (含贴 现) 2024年 当年增 量任务 (按15% 增长)"),
        cite(
          "附件3",
          "农发行 0.17 0.02 工商银行 80.18 12.03 农业银行 44.85 6.73 中国银行 60.85 9.13 建设银行 82.60 12.39 交通银行 58.71 8.81 邮储银行 10.06 1.51 中信银行 12.44 1.87 光大银行 3.77 0.57 广发银行 11.47 1.72 招商银行 21.55 3.23 兴业银行 20.80 3.12 民生银行 5.57 0.83 湖北银行 24.65 3.70 汉口银行 17.58 2.64 农商行 23.43 3.51 合计 478.67 71.80",
        ),
      ],
    },
    {
      id: "annex4",
      name: "附件4 2024年度全市银行业金融机构绿色信贷任务一览表",
      keyColumn: "bank",
      totalLabel: "合计",
      columns: [
        BANK_COLUMN,
        { key: "base2023", header: "2023年末绿色信贷余额", unit: "亿元" },
        { key: "task", header: "2024年当年增量任务(暂按15%增长)", unit: "亿元" },
      ],
      rows: [
        { bank: "农发行", base2023: 112.29, task: 16.84 },
        { bank: "工商银行", base2023: 55.23, task: 8.28 },
        { bank: "农业银行", base2023: 46.55, task: 6.98 },
        { bank: "中国银行", base2023: 32.66, task: 4.9 },
        { bank: "建设银行", base2023: 51.78, task: 7.77 },
        { bank: "交通银行", base2023: 15.68, task: 2.35 },
        { bank: "邮储银行", base2023: 4.02, task: 0.6 },
        { bank: "中信银行", base2023: 3.52, task: 0.53 },
        { bank: "光大银行", base2023: 4.56, task: 0.68 },
        { bank: "广发银行", base2023: 3.5, task: 0.52 },
        { bank: "招商银行", base2023: 9.65, task: 1.45 },
        { bank: "兴业银行", base2023: 17.3, task: 2.59 },
        { bank: "民生银行", base2023: 2, task: 0.3 },
        { bank: "湖北银行", base2023: 17.03, task: 2.55 },
        { bank: "汉口银行", base2023: 3.75, task: 0.56 },
        { bank: "农商行", base2023: 15.39, task: 2.31 },
        { bank: "合计", base2023: 394.91, task: 59.24 },
      ],
      notes: [
        "备注：绿色信贷暂按15%的增速分解，年末按不低于全国或全省平均增速进行考评。",
        "16家任务之和59.21，表中合计59.24（舍入差）。",
      ],
      provenance: [
        cite("附件4", "2024年度全市银行业金融机构绿色信贷任务一览表"),
        cite("附件4", "单位：亿元"),
        cite("附件4", ANNEX_BANKS_HEADER),
        cite(
          "附件4",
          "2023年末绿色信贷余额 112.29 55.23 46.55 32.66 51.78 15.68 4.02 3.52 4.56 3.50 9.65 17.30 2.00 17.03 3.75 15.39 394.91",
        ),
        cite(
          "附件4",
          "2024年当年增量任务(暂按15%增长) 16.84 8.28 6.98 4.90 7.77 2.35 0.60 0.53 0.68 0.52 1.45 2.59 0.30 2.55 0.56 2.31 59.24",
        ),
        cite("附件4", "备注：绿色信贷暂按15%的增速分解，年末按不低于全国或全省平均增速进行考评"),
      ],
    },
    {
      id: "annex5",
      name: "附件5 2024年度全市银行业金融机构“东楚融通”应用任务一览表",
      keyColumn: "bank",
      totalLabel: "合计",
      columns: [
        BANK_COLUMN,
        { key: "amount", header: "融资金额", unit: "亿元" },
        { key: "households", header: "融资金数", unit: "户" },
      ],
      rows: [
        { bank: "农发行", amount: 28, households: 45 },
        { bank: "工商银行", amount: 16, households: 160 },
        { bank: "农业银行", amount: 21, households: 280 },
        { bank: "中国银行", amount: 18, households: 200 },
        { bank: "建设银行", amount: 18, households: 180 },
        { bank: "交通银行", amount: 10, households: 100 },
        { bank: "邮储银行", amount: 7, households: 150 },
        { bank: "中信银行", amount: 6, households: 65 },
        { bank: "光大银行", amount: 6, households: 65 },
        { bank: "广发银行", amount: 2, households: 30 },
        { bank: "招商银行", amount: 6, households: 65 },
        { bank: "兴业银行", amount: 7, households: 100 },
        { bank: "民生银行", amount: 4, households: 50 },
        { bank: "湖北银行", amount: 25, households: 320 },
        { bank: "汉口银行", amount: 6, households: 90 },
        { bank: "农商行", amount: 20, households: 300 },
        { bank: "合计", amount: 200, households: 2200 },
      ],
      notes: [
        "原表第二行标为“融资金数”，正文（二、（三）2）称“融资户数”，表头单位为“亿元、户”：保留表中原文，按融资户数（户）使用。",
      ],
      provenance: [
        cite("附件5", "2024年度全市银行业金融机构“东楚融通”应用任务一览表"),
        cite("附件5", "单位：亿元、户"),
        cite("附件5", ANNEX_BANKS_HEADER),
        cite("附件5", "融资金额 28 16 21 18 18 10 7 6 6 2 6 7 4 25 6 20 200"),
        cite("附件5", "融资金数 45 160 280 200 180 100 150 65 65 30 65 100 50 320 90 300 2200"),
      ],
    },
  ],
  notes: [
    "考评对象共16家；各项得分相加为总分，S-GUARANTEE 的两个分项只通过 S-GUARANTEE 计入。",
    "名次：前3名贡献突出单位，第4—10名贡献积极单位，第11—13名贡献一般单位，后3名约谈；参加排名的银行不足16家时（如有一票否决），“后3名”优先（如15家时第13名为约谈）。",
    "被一票否决的银行取消考评资格、不参加排名：TIER 的 rank 填“否决”（或“一票否决”/veto）返回“取消考评资格（一票否决）”。",
    "连续两年排名倒数第一的取消财政对公账户；年度考评结果作为市级公共性资金存放综合评分依据，权重70%。",
    "各附件任务数与“2023年末余额×增长率”相差至多0.01亿元（如附件1光大银行44.83×15%=6.7245，表为6.73；附件4广发银行3.50×15%=0.525，表为0.52），应是按未取整的余额计算；以表中任务数为准。",
    "2023年度（黄政办发〔2023〕14号）的结果通报（黄政发〔2024〕7号）只分贡献突出单位（10家）与贡献积极单位（6家），与2024年办法的四档不同。",
  ],
  provenance: [
    cite("标题", "2024年度黄石市银行业金融机构 支持地方经济发展考评办法"),
    cite("一、考评对象", "一、考评对象（共计16家）"),
    cite("四、（一）", "（一）对考评得分前3名的银行，给予“全市金融支持黄石经济发展贡献突出单位”称号通报表扬。"),
    cite("四、（二）", "(二) 对考评得分第4-10名的银行, 给予“全市金融支持黄石经济发展贡献积极单位”称号通报表扬。"),
    cite(
      "四、（三）",
      "(三) 对考评得分第11-13名的银行, 给予“全市金融支持黄石经济发展贡献一般单位”称号; 对考评后3名的银行约谈、通报, 并向其上级行(社)通报考评结果, 连续两年排名倒数第一的取消财政对公账户。",
    ),
    cite("二、（四）5", "实行一票否决，直接取消考评资格。"),
  ],
};
