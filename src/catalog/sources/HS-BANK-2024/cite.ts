import { citer } from "../../cite";

/** HS-BANK-2024: 文号 of 2024年度黄石市银行业金融机构支持地方经济发展考评办法, and the seed file it is read from. */
export const DOCUMENT = "黄政办发〔2024〕10号";
export const SEED = "002_b2b5bcf0936191fb.txt";

/** One provenance item of 黄政办发〔2024〕10号: clause as a reader would cite it, quote copied from the seed. */
export const cite = citer(DOCUMENT, SEED);

/** 二、（四）4: the rule shared by the two guarantee items (创业担保贷款, 新型政银担). */
export const GUARANTEE_RULE = cite(
  "二、（四）4",
  "达到创业担保贷款、新型政银担业务扩面市定目标任务的，分别得4分，每高于任务数1亿元加1分，低于任务数按完成比例加分。2024年新纳入创业担保贷款、新型政银担业务合作的银行，分别加2分。两项加分合计最高不超过10分。",
);

/** Header row of 附件2, 附件4 and 附件5: the 16 banks and 合计. */
export const ANNEX_BANKS_HEADER =
  "单位 项目 农发行 工商银行 农业银行 中国银行 建设银行 交通银行 邮储银行 中信银行 光大银行 广发银行 招商银行 兴业银行 民生银行 湖北银行 汉口银行 农商行 合计";
