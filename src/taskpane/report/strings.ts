/** The 通报 button's words, Chinese first (as ../strings.ts); loaded with the board's chunk. */
import type { Bilingual } from "../strings";

const s = (zh: string, en: string): Bilingual => ({ zh, en });

export const REPORT_STRINGS = {
  make: s("生成通报", "Make the report"),
  making: s("正在生成通报…", "Making the report…"),
  ready: s("通报已生成：", "The report is ready:"),
  save: s("下载", "Download"),
  where: s(
    "点击“下载”保存 Word 文件：Excel 桌面版和浏览器都存入“下载”文件夹（或浏览器设置的下载位置）。",
    "Choose Download to save the Word file: Excel on the desktop and in a browser both put it in your Downloads folder (or the browser's download location).",
  ),
  failed: s("未能生成通报", "Could not make the report"),
  retry: s("重试", "Retry"),
  noReportDate: s(
    "工作簿的报告日期（“说明”页）为空或不是日期：请先填写",
    "The workbook's report date (the 说明 sheet) is blank or not a date: fill it in first",
  ),
} as const;

export function reportText(key: keyof typeof REPORT_STRINGS): string {
  return `${REPORT_STRINGS[key].zh} ${REPORT_STRINGS[key].en}`;
}
