/**
 * The full pane's words (search and filters, options, preview, insert, what this Excel supports),
 * Chinese first (as ../strings.ts, which holds the first paint's). Kept apart so that they load with
 * the full pane's chunk, not with the first paint (docs/PERFORMANCE.md, "Bundle sizes").
 */
import { s, type Bilingual } from "../strings";

export const PANE_STRINGS = {
  search: s("搜索政策来源", "Search sources"),
  searchPlaceholder: s("名称、文号或ID", "name, document number or ID"),
  region: s("地区", "Region"),
  kind: s("内容", "Content"),
  all: s("全部", "All"),
  noMatch: s("没有符合条件的政策来源", "No source matches"),
  inWorkbook: s("已在工作簿中", "in this workbook"),
  form: s("公式形式", "Formulas"),
  formAddin: s("加载项函数（POLICY.*）", "Add-in functions (POLICY.*)"),
  formPortable: s("原生公式（便携，无需加载项）", "Native formulas (portable)"),
  reportDate: s("报告日期", "Report date"),
  reportDateHint: s(
    "截至日期为空的指标按此日期计算预期值；任务按此判断逾期",
    "Used where the as-of date is blank, and for overdue tasks",
  ),
  preview: s("将写入的工作表", "Sheets to be written"),
  previewEmpty: s("请先选择政策来源", "Choose at least one source"),
  rows: s("行", "rows"),
  insert: s("插入到工作簿", "Insert into workbook"),
  update: s("插入或更新", "Insert or update"),
  inserting: s("正在写入…", "Writing…"),
  download: s("下载 .xlsx", "Download .xlsx"),
  capabilities: s("运行环境", "This Excel"),
  cfYes: s("支持自定义函数：写入 POLICY.* 公式", "Custom functions supported: POLICY.* formulas are written"),
  cfNo: s(
    "此 Excel 未提供自定义函数（CustomFunctionsRuntime），将写入等效的原生公式，高亮照常；更新 Office 后可使用 POLICY 函数",
    "This Excel has no custom functions (CustomFunctionsRuntime): native formulas are written instead, highlights still work; update Office to use POLICY functions",
  ),
  webMode: s("未在 Excel 中运行：可生成并下载 .xlsx 文件", "Not running in Excel: build and download an .xlsx file"),
  hosts: s(
    "加载项需要 Microsoft 365、Office 2021 及以上或 Excel 网页版；Office 2016/2019、WPS、LibreOffice 请在此下载通用版（原生公式）",
    "The add-in needs Microsoft 365, Office 2021 or later, or Excel on the web; for Office 2016/2019, WPS and LibreOffice download the portable copy here",
  ),
  skipped: s("此 Excel 不支持以下功能，已跳过", "Not supported here, skipped"),
  embedded: s("工作簿内嵌目录", "Catalog in this workbook"),
  embeddedSame: s("与加载项目录一致", "same as the add-in's"),
  embeddedOther: s(
    "与加载项目录不同：函数按工作簿内嵌目录计算；插入或更新后改用加载项目录",
    "differs from the add-in's: the functions use the workbook's until you insert or update",
  ),
  recalcFailed: s(
    "未能重新计算工作簿：部分 POLICY 公式可能仍是加载项目录的结果，请按 Ctrl+Alt+F9 全部重算",
    "The workbook could not be recalculated: some POLICY formulas may still show the add-in catalog's results; press Ctrl+Alt+F9",
  ),
  embeddedDamaged: s(
    "工作簿内嵌目录已损坏，函数改用加载项目录",
    "The workbook's catalog is damaged: the functions use the add-in's",
  ),
  done: s("已写入", "Written"),
  sheetsWord: s("个工作表", "sheets"),
  keptWord: s("保留输入值", "typed values kept"),
  syncsWord: s("次往返", "round trips"),
  failed: s("未能完成", "Could not finish"),
  userSource: s("自定义", "user"),
  userSourceHint: s("您导入的政策来源，保存在本工作簿中", "your own source, kept in this workbook"),
  removingTitle: s("将从工作簿中移除", "Leaves the workbook on update"),
} as const;

export type PaneStringKey = keyof typeof PANE_STRINGS;

/** "中文 English", for aria labels and plain text. */
export function paneText(key: PaneStringKey): string {
  return `${PANE_STRINGS[key].zh} ${PANE_STRINGS[key].en}`;
}

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
