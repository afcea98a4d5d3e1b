/**
 * The recognizer on hand-made tables in each shape a user pastes: TSV from Word with merged 类别
 * blanks, CSV, an HTML table from a web page, a grid from an .xlsx, PDF-viewer text with irregular
 * spaces; and on what the cells say: ranges, comparators, cumulative and text targets, year-range
 * headers, directions, and bad rows reported with their line.
 */
import { recognizeIndicatorTable, type RecognizedIndicator, type RecognizeResult } from "../../../src/core/recognize";
import { schemaIssues } from "./schemaCheck";

const opts = { sourceId: "MY-PLAN", document: "某县“十四五”规划纲要" };
const byName = (r: RecognizeResult, name: string): RecognizedIndicator => {
  const i = r.indicators.find((x) => x.name === name);
  if (!i) throw new Error(`no indicator ${name} in ${r.indicators.map((x) => x.name).join(", ")}`);
  return i;
};
const tsv = (rows: string[][]): string => rows.map((r) => r.join("\t")).join("\n");
const allValid = (r: RecognizeResult): void => {
  for (const i of r.indicators) expect(schemaIssues(i)).toEqual([]);
};

describe("shapes", () => {
  it("TSV from Word: merged 类别 cells paste as blanks and take the one above; 序号 → NN; unit column", () => {
    const r = recognizeIndicatorTable(
      tsv([
        ["序号", "类别", "指标", "单位", "2020年", "2025年", "属性"],
        ["1", "经济发展", "地区生产总值", "亿元", "400", "600", "预期性"],
        ["2", "", "规上工业增加值增速", "%", "5.2", "8", "预期性"],
        ["3", "绿色生态", "森林覆盖率", "%", "35", "38", "约束性"],
        ["4", "", "万元GDP能耗降低", "%", "—", "〔14〕", "约束性"],
      ]),
      opts,
    );
    expect(r.format).toBe("tsv");
    expect(r.rejected).toEqual([]);
    expect(r.indicators.map((i) => [i.id, i.category, i.unit])).toEqual([
      ["MY-PLAN.01", "经济发展", "亿元"],
      ["MY-PLAN.02", "经济发展", "%"],
      ["MY-PLAN.03", "绿色生态", "%"],
      ["MY-PLAN.04", "绿色生态", "%"],
    ]);
    const gdp = byName(r, "地区生产总值");
    expect(gdp).toMatchObject({
      baseYear: 2020,
      base: 400,
      milestones: [{ year: 2025, target: { kind: "number", value: 600 } }],
      attribute: "预期性",
      direction: "up",
      comparator: ">=",
    });
    expect(gdp.provenance[1]).toEqual({
      document: "某县“十四五”规划纲要",
      clause: "指标表 第2行 序号1",
      quote: "1 经济发展 地区生产总值 亿元 400 600 预期性",
    });
    // 〔14〕: cumulative, kept and noted; "—" base: absent.
    const energy = byName(r, "万元GDP能耗降低");
    expect(energy.base).toBeUndefined();
    expect(energy.milestones).toEqual([{ year: 2025, target: { kind: "number", value: 14 } }]);
    expect(energy.notes.some((n) => n.includes("累计"))).toBe(true);
    expect(r.review.some((x) => x.id === "MY-PLAN.04" && x.field === "milestones" && x.message.includes("累计"))).toBe(
      true,
    );
    allValid(r);
  });

  it("CSV with a quoted cell holding a comma, units in the names' brackets", () => {
    const r = recognizeIndicatorTable(
      [
        "序号,指标名称,基期,目标,属性",
        '1,"研发经费投入强度（%）",2.1,≥2.5,约束性',
        "2,城镇调查失业率（%）,5.1,<5.5,预期性",
      ].join("\n"),
      { ...opts, baseYear: 2023, targetYear: 2027 },
    );
    expect(r.format).toBe("csv");
    const rd = byName(r, "研发经费投入强度");
    expect(rd).toMatchObject({ unit: "%", baseYear: 2023, base: 2.1, comparator: ">=", comparatorText: "≥" });
    expect(rd.milestones).toEqual([{ year: 2027, target: { kind: "number", value: 2.5 } }]);
    const jobless = byName(r, "城镇调查失业率");
    expect(jobless).toMatchObject({ direction: "down", comparator: "<" });
    expect(jobless.notes.some((n) => n.includes("失业率"))).toBe(true);
    // Years given at import are said in review.
    expect(r.review.some((x) => x.message.includes("2027"))).toBe(true);
    allValid(r);
  });

  it("an HTML table from a web page: rowspan 类别, <br> in a name, entities, lines of the source", () => {
    const html = `<html><body><p>主要指标</p>
<table border="1">
<thead><tr><th>序号</th><th>类别</th><th>指标名称</th><th>单位</th><th>2020年</th><th>2025年</th></tr></thead>
<tbody>
<tr><td>1</td><td rowspan="2">创新&nbsp;驱动</td><td>高新技术<br>企业数</td><td>家</td><td>120</td><td>200以上</td></tr>
<tr><td>2</td><td>每万人发明专利拥有量</td><td>件</td><td>3.1</td><td>6～8</td></tr>
<tr><td>3</td><td>民生福祉</td><td>居民人均可支配收入增速</td><td>%</td><td>&mdash;</td><td>与经济增长同步</td></tr>
</tbody></table></body></html>`;
    const r = recognizeIndicatorTable(html, opts);
    expect(r.format).toBe("html");
    expect(r.rejected).toEqual([]);
    const hitech = byName(r, "高新技术企业数");
    expect(hitech).toMatchObject({ category: "创新驱动", comparator: ">=", comparatorText: "以上", base: 120 });
    expect(hitech.provenance[1].clause).toBe("指标表 第5行 序号1");
    const patents = byName(r, "每万人发明专利拥有量");
    expect(patents.category).toBe("创新驱动");
    expect(patents.milestones[0].target).toEqual({ kind: "range", min: 6, max: 8 });
    const income = byName(r, "居民人均可支配收入增速");
    expect(income.milestones[0].target).toEqual({ kind: "text", text: "与经济增长同步" });
    expect(income.base).toBeUndefined();
    allValid(r);
  });

  it("an HTML table whose header spans two rows (rowspan 序号, colspan 目标值 over the years)", () => {
    const html = `<table><tr><th rowspan=2>序号</th><th rowspan=2>指标</th><th rowspan=2>单位</th><th rowspan=2>2020年</th><th colspan=2>目标值</th></tr>
<tr><th>2023年</th><th>2025年</th></tr>
<tr><td>1</td><td>常住人口城镇化率</td><td>%</td><td>60</td><td>62</td><td>65</td></tr></table>`;
    const r = recognizeIndicatorTable(html, opts);
    expect(r.indicators[0]).toMatchObject({
      baseYear: 2020,
      base: 60,
      milestones: [
        { year: 2023, target: { kind: "number", value: 62 } },
        { year: 2025, target: { kind: "number", value: 65 } },
      ],
    });
    expect(r.review.some((x) => x.line === 2 && x.message.startsWith("第二行表头"))).toBe(true);
  });

  it("a grid from an .xlsx: numbers as numbers, null blanks, a two-row header (目标值 over the years)", () => {
    const r = recognizeIndicatorTable(
      [
        ["序号", "指标", "单位", "2023年基数", "目标值", null, "指标属性"],
        [null, null, null, null, "2025年", "2027年", null],
        [1, "规上工业企业数", "家", 351, 410, 530, "预期性"],
        [2, "单位GDP二氧化碳排放降低", "%", null, "完成省下达任务", "完成省下达任务", "约束性"],
        [3, "一般工业固废综合利用率", "%", 85.5, 88, 90, "约束性"],
      ],
      opts,
    );
    expect(r.format).toBe("grid");
    expect(r.rejected).toEqual([]);
    const firms = byName(r, "规上工业企业数");
    expect(firms.milestones).toEqual([
      { year: 2025, target: { kind: "number", value: 410 } },
      { year: 2027, target: { kind: "number", value: 530 } },
    ]);
    expect(firms).toMatchObject({ baseYear: 2023, base: 351, attribute: "预期性" });
    const co2 = byName(r, "单位GDP二氧化碳排放降低");
    expect(co2.direction).toBe("up"); // a reduction in %: larger is better
    expect(co2.milestones[1].target).toEqual({ kind: "text", text: "完成省下达任务" });
    expect(co2.notes.some((n) => n.includes("降低"))).toBe(true);
    allValid(r);
  });

  it("PDF-viewer text with irregular spaces: columns inferred and the whole table flagged for review", () => {
    const text = [
      "附表 主要目标（单位见表）",
      "序号  类别   指标名称   单位  2023 年 基数   2026 年 目标值",
      "1 规模 实力   规上工业总产值   亿元  557   1050",
      "2   规上工业增加值增速  %   4  不低于15",
      "3 发展 质量 战略性新兴产业增加值占规上 工业增加值比重 %  12.6 17",
      "4  5G 基站总数  个  961  突破1300",
    ].join("\n");
    const r = recognizeIndicatorTable(text, opts);
    expect(r.format).toBe("text");
    expect(r.rejected).toEqual([]);
    expect(r.indicators.map((i) => [i.id, i.category, i.name, i.unit])).toEqual([
      ["MY-PLAN.01", "规模实力", "规上工业总产值", "亿元"],
      ["MY-PLAN.02", "规模实力", "规上工业增加值增速", "%"],
      ["MY-PLAN.03", "发展质量", "战略性新兴产业增加值占规上工业增加值比重", "%"],
      ["MY-PLAN.04", "发展质量", "5G基站总数", "个"],
    ]);
    expect(byName(r, "规上工业增加值增速")).toMatchObject({ comparator: ">=", comparatorText: "不低于", base: 4 });
    expect(byName(r, "5G基站总数")).toMatchObject({
      comparator: ">",
      comparatorText: "突破",
      baseYear: 2023,
      base: 961,
    });
    expect(r.review.some((x) => x.message.includes("按空格分列"))).toBe(true);
    expect(r.review.some((x) => x.line === 1 && x.message.includes("表头前的文字"))).toBe(true);
    allValid(r);
  });
});

describe("what the cells say", () => {
  const table = (rows: string[][], header = ["序号", "指标", "单位", "2020年", "2025年"]): RecognizeResult =>
    recognizeIndicatorTable(tsv([header, ...rows]), opts);

  it("ranges 6–8, 6-8, 6～8 and 1.6%-2%", () => {
    const r = table([
      ["1", "甲", "家", "1", "6–8"],
      ["2", "乙", "家", "1", "6-8"],
      ["3", "丙", "家", "1", "6～8"],
      ["4", "丁", "%", "1.6%-2%", "≥3%"],
    ]);
    for (const i of r.indicators.slice(0, 3)) expect(i.milestones[0].target).toEqual({ kind: "range", min: 6, max: 8 });
    const d = r.indicators[3];
    expect(d.baseText).toBe("1.6%-2%");
    expect(d.base).toBeUndefined();
    expect(d.milestones[0].target).toEqual({ kind: "number", value: 3 });
  });

  it("comparators from the cell or the wording", () => {
    const cases: [string, string, string][] = [
      [">8", ">", ">"],
      ["≥8", ">=", "≥"],
      ["8以上", ">=", "以上"],
      ["突破8", ">", "突破"],
      ["超过8", ">", "超过"],
      ["不低于8", ">=", "不低于"],
      ["<4", "<", "<"],
      ["4以内", "<=", "以内"],
      ["控制在4以下", "<=", "控制在…以下"],
      ["降至4", "<=", "降至"],
    ];
    const r = table(cases.map(([cell], k) => [String(k + 1), `指标${k + 1}`, "个", "—", cell]));
    expect(r.indicators.map((i) => [i.comparator, i.comparatorText, i.milestones[0].target])).toEqual(
      cases.map(([cell, cmp, text]) => [cmp, text, { kind: "number", value: Number(cell.replace(/\D/g, "")) }]),
    );
    // "<4" with no word of reduction in the name: the comparator decides the direction, and says so.
    const lt = r.indicators[6];
    expect(lt.direction).toBe("down");
    expect(lt.notes.some((n) => n.includes("“<”"))).toBe(true);
  });

  it("cumulative targets (〔10〕, 累计) are kept and noted; text targets stay text; a number in text is read where it is the target", () => {
    const r = table([
      ["1", "新增就业", "万人", "—", "〔10〕"],
      ["2", "新增造林面积", "万亩", "—", "累计12"],
      ["3", "粮食产量", "万吨", "50", "保持稳定增长"],
      ["", "单位GDP能耗降低（%）", "", "完成省下达目标", "完成省下达目标"],
      ["4", "人均收入", "元", "3万", "高于全省平均水平"],
      ["5", "产业投资增速", "%", "6", ">8，力争10"],
    ]);
    expect(r.indicators[0].milestones[0].target).toEqual({ kind: "number", value: 10 });
    expect(r.indicators[0].notes.some((n) => n.includes("〔〕表示累计"))).toBe(true);
    expect(r.indicators[1].milestones[0].target).toEqual({ kind: "number", value: 12 });
    expect(r.indicators[1].notes.some((n) => n.includes("累计"))).toBe(true);
    expect(r.indicators[2].milestones[0].target).toEqual({ kind: "text", text: "保持稳定增长" });
    // A row of text only is still a row (not mistaken for another table's header).
    expect(byName(r, "单位GDP能耗降低")).toMatchObject({
      unit: "%",
      milestones: [{ target: { kind: "text", text: "完成省下达目标" } }],
    });
    expect(byName(r, "人均收入").milestones[0].target).toEqual({ kind: "text", text: "高于全省平均水平" });
    // "3万" where the unit is 元: the number is kept as written and flagged, never silently scaled.
    expect(byName(r, "人均收入").base).toBe(3);
    expect(
      r.review.some((x) => x.id === byName(r, "人均收入").id && x.field === "unit" && x.message.includes("“万”")),
    ).toBe(true);
    const inv = byName(r, "产业投资增速");
    expect(inv).toMatchObject({ comparator: ">", milestones: [{ year: 2025, target: { kind: "number", value: 8 } }] });
    expect(inv.notes.some((n) => n.includes(">8，力争10"))).toBe(true);
    expect(r.review.some((x) => x.id === inv.id && x.field === "milestones")).toBe(true);
  });

  it("year headers: 基期/目标 with the years from the title, a year-range header 2024—2026, 十四五", () => {
    const a = recognizeIndicatorTable(
      tsv([
        ["某市制造业三年行动主要目标（2024—2026年）"],
        ["序号", "指标", "单位", "基期", "目标"],
        ["1", "技改项目", "个", "40", "200"],
      ]),
      opts,
    );
    expect(a.indicators[0].milestones).toEqual([{ year: 2026, target: { kind: "number", value: 200 } }]);
    expect(a.indicators[0].baseYear).toBeUndefined();
    expect(a.review.some((x) => x.field === "baseYear")).toBe(true);

    const b = recognizeIndicatorTable(
      tsv([
        ["序号", "指标", "单位", "2023年", "2024—2026"],
        ["1", "技改项目", "个", "40", "200"],
      ]),
      opts,
    );
    expect(b.indicators[0]).toMatchObject({
      baseYear: 2023,
      base: 40,
      milestones: [{ year: 2026, target: { kind: "number", value: 200 } }],
    });
    expect(b.indicators[0].notes.some((n) => n.includes("2024—2026"))).toBe(true);

    const c = recognizeIndicatorTable(
      tsv([
        ["序号", "指标", "单位", "十三五末", "十四五目标"],
        ["1", "技改项目", "个", "40", "200"],
      ]),
      opts,
    );
    expect(c.indicators[0]).toMatchObject({ baseYear: 2020, milestones: [{ year: 2025 }] });
  });

  it("direction: 降低/下降/能耗/排放/事故 → down; 降幅 and “…降低（%）” → up; every one for review with its words", () => {
    const r = table([
      ["1", "单位GDP能耗", "吨标准煤/万元", "0.5", "0.45"],
      ["2", "化学需氧量排放总量", "万吨", "3", "2.8"],
      ["3", "亿元GDP生产安全事故死亡率", "人", "0.05", "0.04"],
      ["4", "单位工业增加值能耗累计降幅", "%", "—", "13.5"],
      ["5", "万元GDP用水量降低", "%", "—", "16"],
      ["6", "农村自来水普及率", "%", "90", "95"],
      ["7", "企业成本降低额", "亿元", "—", "20"],
      ["8", "城镇新增就业人数减少", "万人", "—", "1"],
    ]);
    expect(r.indicators.map((i) => i.direction)).toEqual(["down", "down", "down", "up", "up", "up", "up", "down"]);
    expect(r.indicators.map((i) => i.comparator)).toEqual(["<=", "<=", "<=", ">=", ">=", ">=", ">=", "<="]);
    expect(r.indicators[0].notes[0]).toContain("“能耗”");
    expect(r.indicators[3].notes.some((n) => n.includes("“降幅”"))).toBe(true);
    for (const i of r.indicators) {
      expect(r.review.some((x) => x.id === i.id && x.field === "direction")).toBe(true);
      expect(r.review.some((x) => x.id === i.id && x.field === "comparator")).toBe(true);
    }
  });

  it('"—", "-", "/" and blanks are absent; a row with every target absent is kept as not set', () => {
    const r = table([
      ["1", "甲", "件", "/", "-"],
      ["2", "乙", "件", "—", ""],
    ]);
    expect(r.indicators).toHaveLength(2);
    expect(r.indicators[0].base).toBeUndefined();
    expect(r.indicators[0].baseText).toBeUndefined();
    expect(r.indicators[0].milestones).toEqual([{ year: 2025, target: { kind: "text", text: "未设定（表中为“-”）" } }]);
    expect(r.review.some((x) => x.id === "MY-PLAN.01" && x.field === "milestones")).toBe(true);
  });

  it("a sub-row without 序号 gets the next free number; an unknown column is kept in notes", () => {
    const r = table(
      [
        ["1", "装备制造总产值", "亿元", "400", "≥650", "重点"],
        ["", "其中：智能模具", "亿元", "110", "≥200", ""],
        ["2", "工业机器人", "亿元", "—", "≥75", ""],
      ],
      ["序号", "指标名称", "单位", "2020年", "2025年", "重点领域"],
    );
    expect(r.indicators.map((i) => [i.id, i.name, i.numbering])).toEqual([
      ["MY-PLAN.01", "装备制造总产值", "table"],
      ["MY-PLAN.03", "智能模具", "sub-row"],
      ["MY-PLAN.02", "工业机器人", "table"],
    ]);
    expect(r.indicators[0].notes).toContain("重点领域：重点");
    expect(r.review.some((x) => x.message.includes("未识别的列“重点领域”"))).toBe(true);
  });

  it("bad rows are reported with their line and the reason; nothing is dropped silently", () => {
    const text = tsv([
      ["序号", "指标", "单位", "2020年", "2025年"],
      ["1", "地区生产总值", "亿元", "400", "600"],
      ["2", "", "亿元", "10", "20"],
      ["120", "某指标", "个", "1", "2"],
      ["注：带〔〕的为五年累计数。"],
    ]);
    const r = recognizeIndicatorTable(text, opts);
    expect(r.indicators.map((i) => i.id)).toEqual(["MY-PLAN.01"]);
    expect(r.rejected).toEqual([
      { line: 3, text: "2\t\t亿元\t10\t20", reason: "没有指标名称 / the row has no indicator name" },
      { line: 4, text: "120\t某指标\t个\t1\t2", reason: expect.stringContaining("序号120不在1—99之间") },
    ]);
    expect(r.review.some((x) => x.line === 5 && x.message.startsWith("表注"))).toBe(true);
  });

  it("a second table pasted below (another header): its rows are rejected, not read as indicators", () => {
    const r = recognizeIndicatorTable(
      tsv([
        ["序号", "指标", "单位", "2020年", "2025年"],
        ["1", "地区生产总值", "亿元", "400", "600"],
        [],
        ["序号", "重点任务", "牵头单位", "完成时限"],
        ["1", "建设产业园", "市发改局", "2025年"],
      ]),
      opts,
    );
    expect(r.indicators.map((i) => i.id)).toEqual(["MY-PLAN.01"]);
    expect(r.rejected.map((x) => [x.line, x.reason.slice(0, 8)])).toEqual([
      [4, "另一张表的表头："],
      [5, "属于另一张表（第"],
    ]);
  });

  it("no header: every row is rejected with its line", () => {
    const r = recognizeIndicatorTable("地区生产总值\t400\t600\n人口\t50\t52", opts);
    expect(r.indicators).toEqual([]);
    expect(r.rejected.map((x) => x.line)).toEqual([1, 2]);
    expect(r.rejected[0].reason).toMatch(/^找不到表头/);
  });

  it("a target column without a year and no year given: each row rejected, saying how to fix it", () => {
    const r = recognizeIndicatorTable(
      tsv([
        ["序号", "指标", "单位", "现状", "目标"],
        ["1", "甲", "个", "1", "2"],
      ]),
      opts,
    );
    expect(r.indicators).toEqual([]);
    expect(r.rejected[0]).toMatchObject({ line: 2, reason: expect.stringContaining("目标列没有年份") });
  });
});
