import type { RuleInput } from "../../../core/schema";
import { cite } from "./cite";

/** Incentive rules of HS-QUALITY-2024: 黄政发〔2024〕6号, the 8th 黄石市市长质量奖. */
export const rules: RuleInput[] = [
  {
    id: "HS-QUALITY-2024.R-AWARD",
    sourceId: "HS-QUALITY-2024",
    name: "黄石市市长质量奖奖金",
    nameEn: "Huangshi Mayor's Quality Award",
    computation: { kind: "fixed", amount: { min: 40, max: 40 } },
    amountUnit: "家",
    amountMeaning: "获奖单位（填1）",
    qualifier: { type: "none" },
    cityLevel: "prefecture",
    notes: ["第八届获奖单位各奖励人民币40万元。"],
    provenance: [
      cite(
        "正文第一段",
        "决定授予阳新娲石水泥有限公司、湖北省地质局第一地质大队“黄石市第八届市长质量奖”，并分别奖励人民币40万元",
      ),
    ],
  },
  {
    id: "HS-QUALITY-2024.R-NOMINEE",
    sourceId: "HS-QUALITY-2024",
    name: "黄石市市长质量奖提名奖奖金",
    nameEn: "Huangshi Mayor's Quality Award nomination prize",
    computation: { kind: "fixed", amount: { min: 20, max: 20 } },
    amountUnit: "家",
    amountMeaning: "获奖单位（填1）",
    qualifier: { type: "flag", meaning: "已获往届（第七届）市长质量奖提名奖" },
    notPaidAgain: true,
    cityLevel: "prefecture",
    notes: [
      "提名奖各奖励人民币20万元；已获往届提名奖的单位本届不重复颁发奖金（qualifier 填 TRUE/是/已获 → 0）。",
      "本届5家提名奖中，湖北瑞信科技有限公司已获第七届提名奖，不重复颁发。",
    ],
    provenance: [
      cite(
        "正文第一段",
        "授予湖北加恒实业有限公司、湖北华盛新人造板有限公司、湖北瑞信科技有限公司、劲佳科技有限公司、湖北西塞山发电有限公司“黄石市第八届市长质量奖提名奖”，并分别奖励人民币20万元（其中，湖北瑞信科技有限公司已荣获黄石市第七届市长质量奖提名奖，本届不重复颁发奖金）",
      ),
    ],
  },
];
