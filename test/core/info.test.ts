import { builtInCatalog } from "../../src/catalog";
import { CatalogIndex, type Entry } from "../../src/core/catalogIndex";
import { PolicyError } from "../../src/core/errors";
import { info, infoFieldNames, infoNeedsText } from "../../src/core/info";
import { testIndex as idx } from "./fixtures/targetCatalog";
import { failure } from "../support/errors";

const err = failure;

describe("INFO on an indicator", () => {
  const id = "DY-MFG-2024.01";
  test.each([
    ["name", "规上工业总产值"],
    ["名称", "规上工业总产值"],
    ["unit", "亿元"],
    ["单位", "亿元"],
    ["base", 557],
    ["基期值", 557],
    ["baseYear", 2023],
    ["base year", 2023],
    ["BASE_YEAR", 2023],
    ["基期年", 2023],
    ["target", 1050],
    ["目标", 1050],
    ["targetYear", 2026],
    ["2024年目标", 700],
    ["target2024", 700],
    ["direction", "up"],
    ["方向", "up"],
    ["comparator", ">"],
    ["category", "规模实力"],
    ["lead", "市经信局"],
    ["牵头单位", "市经信局"],
    ["responsible", "市统计局、市发改局"],
    ["source", "测试〔2024〕1号 测试行动方案"],
    ["来源", "测试〔2024〕1号 测试行动方案"],
    ["sourceId", "DY-MFG-2024"],
    ["clause", "附件1 表头；附件1 序号1"],
    ["条款", "附件1 表头；附件1 序号1"],
    ["quote", "表头引文；规上工业总产值 557 700 1050"],
    ["targets", "2024年：700；2026年：1050"],
    ["type", "指标"],
    ["notes", ""],
    ["nameEn", ""],
  ])("%s", (field, value) => {
    expect(info(idx, id, field)).toBe(value);
  });
  test("full-width and spaced field names", () => {
    expect(info(idx, id, "Ｕｎｉｔ")).toBe("亿元");
    expect(info(idx, " DY-MFG-2024.01 ", " 单位 ")).toBe("亿元");
  });
  test("ranges and text targets are shown as written", () => {
    expect(info(idx, "DY-MFG-2024.40", "target")).toBe("6—8");
    expect(info(idx, "DY-MFG-2024.33", "目标")).toBe("根据省级目标");
    expect(info(idx, "DY-MFG-2024.41", "direction")).toBe("down");
    expect(info(idx, "DY-MFG-2024.41", "comparator")).toBe("≤");
    expect(info(idx, "DY-MFG-2024.41", "rate")).toBe(-0.05);
    expect(info(idx, "DY-MFG-2024.41", "属性")).toBe("约束性");
  });
  test("a number field the entry lacks is #N/A (a base shown as '-')", () => {
    const e = err(() => info(idx, "DY-MFG-2024.13", "base"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("基期值");
    expect(err(() => info(idx, "DY-MFG-2024.13", "baseYear")).code).toBe("#N/A");
    expect(err(() => info(idx, "DY-MFG-2024.01", "2025年目标")).code).toBe("#N/A");
  });
});

describe("INFO on other entries", () => {
  test("source", () => {
    expect(info(idx, "DY-MFG-2024", "name")).toBe("测试方案");
    expect(info(idx, "DY-MFG-2024", "title")).toBe("测试行动方案");
    expect(info(idx, "DY-MFG-2024", "文号")).toBe("测试〔2024〕1号");
    expect(info(idx, "DY-MFG-2024", "issued")).toBe("2024-02-28");
    expect(info(idx, "DY-MFG-2024", "notes")).toBe("来源备注");
    expect(info(idx, "DY-MFG-2024", "type")).toBe("政策来源");
  });
  test("task", () => {
    expect(info(idx, "DY-MFG-2024.T001", "name")).toBe("全市累计实施工业技改项目200个以上");
    expect(info(idx, "DY-MFG-2024.T001", "lead")).toBe("市经信局");
    expect(info(idx, "DY-MFG-2024.T001", "责任单位")).toBe("市发改局、市科技局");
    expect(info(idx, "DY-MFG-2024.T001", "due")).toBe("2026-12-31");
    expect(info(idx, "DY-MFG-2024.T001", "dueText")).toBe("到2026年");
    expect(info(idx, "DY-MFG-2024.T001", "quantity")).toBe(200);
    expect(info(idx, "DY-MFG-2024.T002", "due")).toBe("");
    expect(err(() => info(idx, "DY-MFG-2024.T002", "quantity")).code).toBe("#N/A");
  });
  test("rule", () => {
    const r = "DY-MFG-2024.R-TECHREFORM";
    expect(info(idx, r, "cap")).toBe(200);
    expect(info(idx, r, "上限")).toBe(200);
    expect(info(idx, r, "rate")).toBe("10%");
    expect(info(idx, r, "rateMax")).toBe(0.1);
    expect(info(idx, r, "unit")).toBe("万元");
    expect(info(idx, r, "gates")).toBe("投资300万以上");
    expect(info(idx, r, "qualifier")).toBe("项目总投资");
    expect(info(idx, r, "clause")).toBe("四、（一）");
    expect(info(idx, r, "notPaidAgain")).toBe(false);
    expect(info(idx, "DY-MFG-2024.R-RND-INTENSITY", "rate")).toBe("10%—50%");
    expect(info(idx, "DY-MFG-2024.R-NEWSCALE", "award")).toBe("40—50");
    expect(err(() => info(idx, "DY-MFG-2024.R-NEWSCALE", "cap")).code).toBe("#N/A");
    expect(err(() => info(idx, "DY-MFG-2024.R-NEWSCALE", "rate")).code).toBe("#N/A");
  });
  test("rubric and rubric items, parameters read from the data", () => {
    expect(info(idx, "DY-MFG-2024.RUBRIC", "tiers")).toBe("第1—3名：贡献突出单位；倒数第1—3名：约谈");
    const item = "DY-MFG-2024.S-LOAN-INC";
    expect(info(idx, item, "name")).toBe("贷款增量");
    expect(info(idx, item, "points")).toBe(40);
    expect(info(idx, item, "分值")).toBe(40);
    expect(info(idx, item, "bonusCap")).toBe(20);
    expect(info(idx, item, "kind")).toBe("vsTask");
    expect(info(idx, item, "unit")).toBe("亿元");
    expect(info(idx, item, "actualInput")).toBe("贷款新增额（亿元）");
    expect(info(idx, item, "source")).toBe("测试〔2024〕1号 测试行动方案");
    expect(info(idx, item, "rubric")).toBe("DY-MFG-2024.RUBRIC");
    expect(info(idx, "DY-MFG-2024.S-VETO", "kind")).toBe("veto");
    expect(err(() => info(idx, "DY-MFG-2024.S-VETO", "points")).code).toBe("#VALUE!");
  });
});

describe("INFO on the built-in bank rubric", () => {
  const full = new CatalogIndex(builtInCatalog());
  test("the annex a task comes from is taskAnnex (not taskAnnexAnnex), named in Chinese in the field list", () => {
    const item = "HS-BANK-2024.S-LOAN-INC";
    expect(typeof info(full, item, "taskAnnex")).toBe("string");
    expect(info(full, item, "任务所在附件")).toBe(info(full, item, "taskAnnex"));
    const e = err(() => info(full, item, "colour"));
    expect(e.message).not.toContain("taskAnnexAnnex");
    expect(e.message).toContain("任务所在附件(taskAnnex)");
  });
});

describe("INFO errors", () => {
  test("unknown ID → #N/A", () => {
    expect(err(() => info(idx, "DY-MFG-2024.99", "name")).code).toBe("#N/A");
    expect(err(() => info(idx, null, "name")).code).toBe("#N/A");
  });
  test("unknown field → #VALUE! listing the valid fields, Chinese first", () => {
    const e = err(() => info(idx, "DY-MFG-2024.01", "colour"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^未知字段“colour”。指标可用字段：名称\(name\)、/);
    expect(e.message).toContain("基期年(baseYear)");
    expect(e.message).toContain(" / unknown field");
  });
  test("a field of another kind of entry is unknown for this one", () => {
    expect(err(() => info(idx, "DY-MFG-2024.01", "cap")).code).toBe("#VALUE!");
    expect(err(() => info(idx, "DY-MFG-2024.R-TECHREFORM", "baseYear")).code).toBe("#VALUE!");
  });
  test("blank or non-text field → #VALUE! with the list; a number as ID → #VALUE!", () => {
    expect(err(() => info(idx, "DY-MFG-2024.01", "")).code).toBe("#VALUE!");
    expect(err(() => info(idx, "DY-MFG-2024.01", 3)).code).toBe("#VALUE!");
    expect(err(() => info(idx, 42, "name")).code).toBe("#VALUE!");
  });
});

describe("INFO over the whole built-in catalog", () => {
  const index = new CatalogIndex(builtInCatalog());
  const entries: Entry[] = [];
  for (const c of [index.catalog.sources, index.catalog.indicators, index.catalog.tasks, index.catalog.rules])
    for (const e of c) entries.push(index.get(e.id));
  for (const rb of index.catalog.rubrics) {
    entries.push(index.get(rb.id));
    for (const it of rb.items) entries.push(index.get(it.id));
  }
  test("every entry has a name, and every listed field gives a value or a PolicyError (never a JS exception)", () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const id = entry.entry.id;
      expect({ id, name: typeof info(index, id, "name") }).toEqual({ id, name: "string" });
      for (const f of infoFieldNames(entry)) {
        if (f.key.includes("<")) continue;
        try {
          const v = info(index, id, f.key);
          expect(["string", "number", "boolean"]).toContain(typeof v);
          expect(info(index, id, f.zh)).toEqual(v);
        } catch (e) {
          expect({ id, field: f.key, policy: e instanceof PolicyError && e.code === "#N/A" }).toEqual({
            id,
            field: f.key,
            policy: true,
          });
        }
      }
    }
  });
});

describe("infoNeedsText: which calls need the full catalog", () => {
  test("quotes, notes and task IDs the catalog lacks do; numbers and other unknown IDs do not", () => {
    expect(infoNeedsText(idx, "DY-MFG-2024.01", "quote")).toBe(true);
    expect(infoNeedsText(idx, "DY-MFG-2024.01", "备注")).toBe(true);
    expect(infoNeedsText(idx, "DY-MFG-2024.T999", "name")).toBe(true);
    expect(infoNeedsText(idx, "HS-PROVTASKS-2024.M01", "name")).toBe(true);
    expect(infoNeedsText(idx, "DY-MFG-2024.99", "name")).toBe(false);
    expect(infoNeedsText(idx, "DY-MFG-2024.01", "base")).toBe(false);
    expect(infoNeedsText(idx, "DY-MFG-2024.01", "colour")).toBe(false);
  });
});

describe("ranges in the built-in data", () => {
  const full = new CatalogIndex(builtInCatalog());
  test("a task's ranged quantity gives both ends (3-5个 特色优势主导产业)", () => {
    expect(info(full, "HS-PROVTASKS-2024.T058", "quantity")).toBe(3);
    expect(info(full, "HS-PROVTASKS-2024.T058", "数量上限")).toBe(5);
  });
  test("no target the document does not set: 遴选100家以上 (a selection) is a note, not a 2024 milestone", () => {
    const ind = full.indicator("HS-SMEDIGI-2025.01");
    expect(ind.comparator).toBe(">");
    expect(ind.milestones.map((m) => m.year)).toEqual([2025]);
    expect(ind.notes.join("")).toContain("遴选第一批100家以上试点企业");
  });
});

test("a yearly increment written instead of a growth rate (每年新增 4-6 家)", () => {
  const full = new CatalogIndex(builtInCatalog());
  expect(info(full, "HS-EQUIP-2025.12", "annualIncrement")).toBe("4-6");
  expect(info(full, "HS-EQUIP-2025.16", "年增量")).toBe("2");
  expect(full.indicator("HS-EQUIP-2025.12").growthRate).toBeUndefined();
});
