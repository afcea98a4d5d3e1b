import type { SourceInput } from "../../../core/schema";
import { cite } from "./cite";

/** DY-INNOV-2024: document metadata (seed 003_4a2e06d0e45c41dd.txt). */
export const source: SourceInput | null = {
  id: "DY-INNOV-2024",
  title: "大冶市创新型县（市）建设三年工作方案（2022—2024年）",
  docNumber: "冶政发〔2022〕15号",
  shortName: "大冶创新型县（市）建设三年方案",
  region: "大冶市",
  issuer: "大冶市人民政府",
  issued: "2022-11-18",
  seed: "003_4a2e06d0e45c41dd.txt",
  kinds: ["indicators", "tasks"],
  notes: [
    "issued 取文末“大冶市人民政府办公室 2022年11月18日印发”的印发日期；通知正文未另写成文日期。",
    "指标：二、主要目标 所附“大冶市创新型县（市）建设三年目标”表（26项，2021年数据为基数，2022—2024年逐年目标）。任务：附件“大冶市创新型县（市）建设进度安排表”（29项建设内容 × 3个年度）。",
  ],
  provenance: [
    cite("文头", "冶政发〔2022〕15号"),
    cite("标题", "大冶市人民政府 关于印发大冶市创新型县（市）建设三年 工作方案（2022—2024年）的通知"),
    cite("版记", "大冶市人民政府办公室 2022年11月18日印发"),
  ],
};
