import { citer } from "../../cite";

/** HS-CLUSTER-2026: 文号 of 黄石市推动城区产业集中高质量发展实施方案, and the seed file it is read from. */
export const DOCUMENT = "黄政办发〔2024〕8号";
export const SEED = "002_b2b5bcf0936191fb.txt";

/** One provenance item of 黄政办发〔2024〕8号: clause as a reader would cite it, quote copied from the seed. */
export const cite = citer(DOCUMENT, SEED);

/** 一、（二）发展目标: the overall goal sentence (indicators cite it as 一、（二）发展目标, task T012 as 一、（二）). */
export const DEVELOPMENT_GOAL_QUOTE =
  "到2026年，全市产业集中高质量发展取得明显成效，三大优势产业取得突破性发展，基本建成全国先进制造业基地。";
export const DEVELOPMENT_GOAL = cite("一、（二）发展目标", DEVELOPMENT_GOAL_QUOTE);

/** 一、（二）2 冶金新材料: the 2026 goal (产业规模突破2000亿元). */
export const METALLURGY_GOAL = cite(
  "一、（二）2",
  "2. 冶金新材料。到2026年，以先进钢铁材料、先进有色金属材料为代表的新材料产业体系初步建成，产业规模突破2000亿元。",
);

/** 重点任务6 (夯实网络基础设施): its 2026 targets. */
export const NETWORK_TARGETS = cite("三、（三）6", "到2026年，全市5G基站总数突破6000个，接入二级节点企业达到300家");

/** 重点任务7 (加快产业数智转型): its 2026 targets. */
export const DIGITAL_TRANSFORMATION_TARGETS = cite(
  "三、（三）7",
  "到2026年，全市新增省级以上智能制造、工业互联网等各类示范企业50家以上，完成中小企业数字化改造300家，新增省级以上工业互联网平台10个以上。",
);

/** 重点任务12 (融入都市圈产业协同): its targets "力争3年内". */
export const METRO_COOPERATION_TARGETS = cite(
  "三、（五）12",
  "力争3年内与武汉都市圈城市共建2—3个特色产业合作园区，成功落地50个亿元以上武汉都市圈产业协同重大项目。",
);
