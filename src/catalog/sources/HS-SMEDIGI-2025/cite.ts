import { citer } from "../../cite";

/** Provenance of HS-SMEDIGI-2025: every quote comes from 黄政办函〔2024〕12号 in seed 002_b2b5bcf0936191fb.txt. */
export const DOCUMENT = "黄政办函〔2024〕12号";
export const SEED = "002_b2b5bcf0936191fb.txt";

export const cite = citer(DOCUMENT, SEED);

/** 五、（一）: the two lead units of the pilot, cited by every indicator and task. */
export const JOINT_LEAD = cite("五、（一）", "市经信局、市财政局负责牵头具体推进试点建设");
/** 二、工作目标: the sentence stating all 2025 targets. */
export const WORK_GOALS = cite(
  "二、工作目标",
  "到2025年试点结束，全市完成数字化改造的中小企业数量超过200家；培育中小企业数字化转型示范企业20个，“小快轻准”（小型化、快速化、轻量化、精准化）解决方案和产品20个；形成4个“链式”数字化转型的典型案列",
);
