import type { SourceInput } from "../../../core/schema";
import { cite } from "./cite";

/** HS-EQUIP-2025: document metadata (seed 004_bb55ef2a1f48e8cc.txt). */
export const source: SourceInput | null = {
  id: "HS-EQUIP-2025",
  title: "黄石市智能装备产业发展“十四五”规划",
  shortName: "黄石智能装备“十四五”规划",
  region: "黄石市",
  issuer: "黄石市经济和信息化局",
  issued: "2021-06",
  seed: "004_bb55ef2a1f48e8cc.txt",
  kinds: ["indicators"],
  notes: [
    "规划无文号；封面标注“(发布版)”，落款“黄石市经济和信息化局 2021年06月”（仅到月，issued 记为 2021-06）。规划期限为2021-2025年。",
    "指标：第二章 三、主要目标 所附“黄石市智能装备产业发展“十四五”目标主要指标”表（序号1—18，缺序号5，另有未编号的“智能模具”行 → HS-EQUIP-2025.19）。",
    "规划各章的“专栏 …重点任务”只列任务内容，没有牵头/责任单位、时限或清单编号，不构成带责任单位的任务清单，故不录入 tasks。",
  ],
  provenance: [
    cite("封面", "黄石市智能装备产业发展“十四五”规划 (发布版) 黄石市经济和信息化局 2021年06月"),
    cite("前言", "特编制本规划，规划期限为2021-2025年。"),
  ],
};
