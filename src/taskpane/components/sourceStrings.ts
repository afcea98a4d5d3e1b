/**
 * The source list's words for the user's own sources and for taking a source out of the workbook,
 * Chinese first (as ../strings.ts). Kept apart from the pane's strings so that they load with the
 * full pane's chunk, not with its first paint (docs/PERFORMANCE.md, the initial script's bar).
 */
import type { Bilingual } from "../strings";

export const SOURCE_STRINGS = {
  userSource: { zh: "自定义", en: "user" },
  userSourceHint: { zh: "您导入的政策来源，保存在本工作簿中", en: "your own source, kept in this workbook" },
  removingTitle: { zh: "将从工作簿中移除", en: "Leaves the workbook on update" },
} satisfies Record<string, Bilingual>;

/** What an update does to the sources unticked while the workbook holds them (docs/WORKBOOK.md, "Removing a source"). */
export function removingText(names: readonly string[]): Bilingual {
  return {
    zh:
      `更新时 ${names.join("、")} 将不再写入：其自己的工作表保留原样（您输入的值都在），` +
      "共用表（说明、汇总、奖补规则）中其行被移除，填报记录与奖补测算中您输入的行保留；重新勾选并更新即可恢复",
    en:
      `On update, ${names.join(", ")} will no longer be written: its own sheets stay as they are (with every value you typed), ` +
      "its rows leave the shared tables (说明, 汇总, 奖补规则), your rows in 填报记录 and 奖补测算 are kept; tick it again and update to bring it back",
  };
}
