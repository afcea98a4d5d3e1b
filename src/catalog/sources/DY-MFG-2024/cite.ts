import { citer } from "../../cite";

/** Provenance of DY-MFG-2024: every quote comes from 冶发〔2024〕3号 in seed 000_598209be3eb1f2e2.txt. */
export const DOCUMENT = "冶发〔2024〕3号";
export const SEED = "000_598209be3eb1f2e2.txt";

export const cite = citer(DOCUMENT, SEED);

/** 附件1 重点目标清单 table header as printed above rows 1–15. */
export const ANNEX1_HEADER = cite(
  "附件1 重点目标清单 表头",
  "序号 指标名称 单位 2023 年 基数 2024 年 目标值 2026 年 目标值",
);
/** The same header as reprinted above rows 16–34 (the seed writes "2023年" without a space there). */
export const ANNEX1_HEADER_PAGE2 = cite(
  "附件1 重点目标清单 表头",
  "序号 指标名称 单位 2023年 基数 2024年 目标值 2026年 目标值",
);
/** 正文三、（一）2: the six industry-cluster targets (附件1 rows 21–26). */
export const CLUSTER_GOALS = cite(
  "正文三、（一）2",
  "力争形成一个600亿级产业集群（新材料），一个500亿级产业集群（新能源与智能网联汽车），两个300亿级产业集群（高端智能装备制造、生命健康），两个200亿级产业集群（临空产业、电子信息）",
);
