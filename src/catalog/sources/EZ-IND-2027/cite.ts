import { citer } from "../../cite";

/**
 * Provenance of EZ-IND-2027. The draft has no 文号, so `document` is its title; clauses are cited by section.
 */
export const DOCUMENT = "鄂州市人民政府关于推进全市工业经济高质量发展的意见（征求意见稿）";
export const SEED = "001_a0bbc2eb2d0b3706.txt";

export const cite = citer(DOCUMENT, SEED);

/** 一、（二）主要目标 “到2027年”: the target year of every indicator. */
export const MAIN_GOALS = cite("一、（二）主要目标", "（二）主要目标。到2027年，全市工业综合实力明显提升");
/** 二、（二）3 （责任单位：…） of the 科技成果转化 targets. */
export const TECH_TRANSFER_UNITS = cite(
  "二、（二）3 责任单位",
  "离岸创新中心实施转化科创项目15个以上。（责任单位：市科技局、市发改委、市经信局，市昌达集团）",
);
