/**
 * Small hand-made plans for the .xlsx renderer tests: one indicator table (gap/progress as both
 * forms, a value-only column), a calculator with a dropdown, blank rows and totals, a named report
 * date, and catalog text that looks like a formula.
 */
import type { WorkbookPlan } from "../../../src/workbook/plan";

export function samplePlan(): WorkbookPlan {
  return {
    catalogVersion: "1.test",
    sources: ["DY-MFG-2024"],
    embeddedCatalog: JSON.stringify({ version: "1.test", note: "x".repeat(70_000) }),
    sheets: [
      {
        key: "about",
        name: "说明",
        kind: "about",
        freezeRows: 0,
        protect: false,
        cells: [
          { address: "A1", value: "对标 Duibiao", role: "catalog", bold: true },
          { address: "A2", value: "报告日期", role: "catalog" },
          {
            address: "B2",
            value: { date: "2024-12-31" },
            role: "input",
            numberFormat: "yyyy-mm-dd",
            name: "DB_ReportDate",
          },
        ],
        tables: [],
      },
      {
        key: "indicators:DY-MFG-2024",
        name: "指标 DY-MFG-2024",
        kind: "indicators",
        freezeRows: 3,
        protect: true,
        tabColor: "#2F5597",
        cells: [{ address: "A1", value: "大冶市制造强市 指标", role: "catalog", bold: true }],
        tables: [
          {
            name: "DB_Ind_DY_MFG_2024",
            anchor: "A3",
            keyColumn: "ID",
            columns: [
              { header: "ID", role: "catalog", numberFormat: "@", width: 16 },
              { header: "指标名称", role: "catalog", width: 30 },
              { header: "方向", role: "catalog" },
              { header: "2026年目标", role: "catalog", numberFormat: "0.00" },
              { header: "实际值", role: "input", numberFormat: "0.00", validation: { kind: "decimal" } },
              {
                header: "缺口",
                role: "computed",
                numberFormat: "0.00",
                formula: {
                  addin: "=POLICY.GAPTOTARGET(E{r},D{r},C{r})",
                  portable: '=IF(E{r}="","",IF(C{r}="down",E{r}-D{r},D{r}-E{r}))',
                },
              },
              {
                header: "状态",
                role: "computed",
                formula: {
                  addin: '=IF(F{r}<=0,"已达标","未达标")',
                  portable: '=IF(F{r}="","",IF(F{r}<=0,"已达标","未达标"))',
                },
              },
              {
                header: "说明",
                role: "computed",
                formula: {
                  addin: '=POLICY.INFO(A{r},"source")',
                  portable: null,
                  value: "冶发〔2024〕3号",
                  portableNote: "INFO",
                },
              },
            ],
            rows: [
              {
                key: "DY-MFG-2024.01",
                values: {
                  ID: "DY-MFG-2024.01",
                  指标名称: "规上工业总产值",
                  方向: "up",
                  "2026年目标": 1050,
                  实际值: 900,
                },
              },
              {
                key: "DY-MFG-2024.02",
                values: {
                  ID: "DY-MFG-2024.02",
                  指标名称: '=HYPERLINK("x")',
                  方向: "down",
                  "2026年目标": 0.5,
                  实际值: 0.4,
                },
              },
              {
                key: "DY-MFG-2024.03",
                values: { ID: "DY-MFG-2024.03", 指标名称: "+30%", 方向: "up", "2026年目标": 30, 实际值: null },
              },
            ],
            conditionalFormats: [
              {
                columns: ["状态"],
                formula: { addin: '$G{r}="已达标"', portable: '$G{r}="已达标"' },
                fill: "#C6EFCE",
                fontColor: "#006100",
                label: "已达标",
              },
              {
                columns: [],
                formula: { addin: '$G{r}="未达标"', portable: '$G{r}="未达标"' },
                fill: "#FFC7CE",
                label: "未达标",
              },
            ],
          },
        ],
      },
      {
        key: "calculator",
        name: "奖补计算",
        kind: "calculator",
        freezeRows: 1,
        protect: true,
        cells: [],
        tables: [
          {
            name: "DB_Applications",
            anchor: "A1",
            keyColumn: "企业",
            blankRows: 3,
            columns: [
              { header: "企业", role: "input" },
              {
                header: "规则",
                role: "input",
                validation: { kind: "list", values: Array.from({ length: 30 }, (_, i) => `DY-MFG-2024.R-RULE-${i}`) },
              },
              { header: "级别", role: "input", validation: { kind: "list", values: ["国家级", "省级"] } },
              { header: "金额", role: "input", validation: { kind: "decimal", min: 0 } },
              {
                header: "奖补",
                role: "computed",
                numberFormat: "0.00",
                formula: { addin: "=POLICY.SUBSIDY(B{r},D{r})", portable: '=IF(D{r}="","",MIN(200,D{r}*0.1))' },
              },
            ],
            rows: [{ key: "1", values: { 企业: "甲公司", 规则: "DY-MFG-2024.R-RULE-1", 级别: "省级", 金额: 850 } }],
            conditionalFormats: [],
            totals: { 企业: "合计", 奖补: { addin: "=SUM(E{first}:E{last})", portable: "=SUM(E{first}:E{last})" } },
          },
        ],
      },
    ],
  };
}
