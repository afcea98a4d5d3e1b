/** @jest-environment jsdom */
/**
 * "导入政策来源" as a user meets it (docs/CATALOG.md, "Your own policy"): a table selected in the sheet
 * is recognized and previewed with what needs review at its sheet cell; the source ID is checked
 * (built-in and taken IDs refused, Chinese first); insert hands the catalog with the user's source to
 * the workbook; a catalog file with errors is refused with every JSON path; a recognizer chunk that
 * fails to load can be retried.
 */
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { builtInCatalog } from "../../src/catalog";
import { loadUserCatalog } from "../../src/catalog/user";
import type { Catalog } from "../../src/core/schema";
import { ImportSection, type ImportEngine } from "../../src/taskpane/import/ImportSection";
import type { Importer } from "../../src/taskpane/import/types";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

const builtIn = builtInCatalog();
const EXAMPLE = path.resolve(__dirname, "../../docs/examples/my-plan.catalog.json");

/** The table as Excel shows the selection B3:H10 (Range.text): a second table pasted under it. */
const SELECTION = [
  ["序号", "类别", "指标", "单位", "2024年", "2027年", "属性"],
  ["1", "规模实力", "规上工业总产值", "亿元", "120", "170", "预期性"],
  ["2", "", "规上工业企业数", "家", "80", ">100", "预期性"],
  ["3", "绿色发展", "万元工业增加值能耗", "吨标准煤/万元", "0.8", "0.7", "约束性"],
  ["", "", "", "", "", "", ""],
  ["序号", "名称", "金额", "", "", "", ""],
  ["1", "某项目", "200", "", "", "", ""],
];

function importer(base: Catalog = builtIn): Importer & { apply: jest.Mock; readSelection: jest.Mock } {
  return {
    mode: "excel",
    baseCatalog: jest.fn(async () => base),
    readSelection: jest.fn(async () => ({ sheet: "录入", address: "录入!B3:H9", row: 3, column: 1, text: SELECTION })),
    apply: jest.fn(async (_c: Catalog, ids: string[]) => `已导入 ${ids.join("、")}`),
  };
}

function renderImport(imp: Importer, loadEngine?: () => Promise<ImportEngine>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ImportSection importer={imp} form="addin" reportDate="2025-06-30" loadEngine={loadEngine} />
    </FluentProvider>,
  );
}

async function openAndReadSelection(imp: Importer) {
  const user = userEvent.setup();
  renderImport(imp);
  await user.click(screen.getByRole("button", { name: /导入政策来源/ }));
  await user.click(await screen.findByRole("button", { name: /读取选定区域/ }));
  return user;
}

describe("导入政策来源 in the task pane", () => {
  test("the selection is previewed: what was recognized, what needs review and what was not read, by sheet cell", async () => {
    await openAndReadSelection(importer());
    expect(screen.getByRole("heading", { name: /识别出 3 个指标/ })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: /识别出 3 个指标/ });
    const rows = within(table).getAllByRole("row").slice(1).map((r) => r.textContent);
    expect(rows).toEqual(["01规上工业总产值亿元170", "02规上工业企业数家100", "03万元工业增加值能耗吨标准煤/万元0.7"]);
    // Line 4 of the selection is sheet row 3 + 4 − 1 = 6: the direction inferred from 能耗 is to be checked there.
    const review = within(screen.getByRole("list", { name: /需要核对/ })).getAllByRole("listitem").map((li) => li.textContent);
    expect(review).toContainEqual(expect.stringMatching(/^录入!B6（03）：方向推断：名称含“能耗”，越低越好/));
    // The second table's header (line 6) and row are listed with their cells, none dropped silently.
    const rejected = within(screen.getByRole("list", { name: /未能识别/ })).getAllByRole("listitem").map((li) => li.textContent);
    expect(rejected).toHaveLength(2);
    expect(rejected[0]).toMatch(/^录入!B8：另一张表的表头/);
    expect(rejected[1]).toMatch(/^录入!B9：属于另一张表/);
  });

  test("a built-in ID, an ID already in the workbook and a malformed ID are refused, Chinese first", async () => {
    const mine = loadUserCatalog(fs.readFileSync(EXAMPLE, "utf8"), builtIn);
    if (!mine.ok) throw new Error("example catalog invalid");
    const imp = importer(mine.catalog);
    const user = await openAndReadSelection(imp);
    const id = screen.getByRole("textbox", { name: /来源ID/ });
    const insert = screen.getByRole("button", { name: /导入并写入工作簿/ });

    await user.type(id, "DY-MFG-2024");
    expect(screen.getByText(/^“DY-MFG-2024”是内置来源的ID，请换一个 \//)).toBeInTheDocument();
    expect(insert).toBeDisabled();

    await user.clear(id);
    await user.type(id, "MY-PLAN-2025");
    expect(screen.getByText(/^“MY-PLAN-2025”已被本工作簿中的另一个来源使用/)).toBeInTheDocument();
    expect(insert).toBeDisabled();

    await user.clear(id);
    await user.type(id, "MY PLAN");
    expect(screen.getByText(/^来源ID只能用大写字母、数字和连字符/)).toBeInTheDocument();
    expect(insert).toBeDisabled();
    expect(imp.apply).not.toHaveBeenCalled();
  });

  test("insert hands over the catalog with the user's source, its indicators by ID, the form and the report date", async () => {
    const imp = importer();
    const user = await openAndReadSelection(imp);
    await user.type(screen.getByRole("textbox", { name: /来源ID/ }), "my-plan"); // typed lower case, kept upper case
    await user.type(screen.getByRole("textbox", { name: /名称/ }), "某县制造业三年行动");
    await user.type(screen.getByRole("textbox", { name: /文号/ }), "某政发〔2025〕1号");
    await user.click(screen.getByRole("button", { name: /导入并写入工作簿/ }));

    expect(imp.apply).toHaveBeenCalledTimes(1);
    const [catalog, ids, options] = imp.apply.mock.calls[0] as [Catalog, string[], unknown];
    expect(ids).toEqual(["MY-PLAN"]);
    expect(options).toEqual({ form: "addin", reportDate: "2025-06-30" });
    expect(catalog.sources.map((s) => s.id)).toEqual([...builtIn.sources.map((s) => s.id), "MY-PLAN"]);
    const src = catalog.sources.find((s) => s.id === "MY-PLAN")!;
    expect(src).toMatchObject({ title: "某县制造业三年行动", docNumber: "某政发〔2025〕1号" });
    expect(src.seed).toBeUndefined();
    const ind = catalog.indicators.find((i) => i.id === "MY-PLAN.03")!;
    expect(ind).toMatchObject({ direction: "down", unit: "吨标准煤/万元", base: 0.8 });
    expect(ind.provenance[ind.provenance.length - 1]).toMatchObject({ document: "某政发〔2025〕1号" });
    expect(catalog.version).not.toBe(builtIn.version);
    expect(await screen.findByText("已导入 MY-PLAN")).toBeInTheDocument();
  });

  test("a failed insert says nothing was imported and shows why", async () => {
    const imp = importer();
    imp.apply.mockRejectedValueOnce(new Error("工作表受保护 / the sheet is protected"));
    const user = await openAndReadSelection(imp);
    await user.type(screen.getByRole("textbox", { name: /来源ID/ }), "MY-PLAN");
    await user.click(screen.getByRole("button", { name: /导入并写入工作簿/ }));
    expect(await screen.findByText(/未导入，工作簿未改动/)).toBeInTheDocument();
    expect(screen.getByText("工作表受保护 / the sheet is protected")).toBeInTheDocument();
  });

  test("a catalog file is checked whole: each error by JSON path, and nothing can be inserted", async () => {
    const user = userEvent.setup();
    const imp = importer();
    renderImport(imp);
    await user.click(screen.getByRole("button", { name: /导入政策来源/ }));
    const bad = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
    bad.sources[0].id = "DY-MFG-2024";
    bad.indicators[0].milestone = [];
    const file = new File([JSON.stringify(bad)], "bad.catalog.json", { type: "application/json" });
    await user.upload(await screen.findByLabelText(/选择文件/), file);
    expect(await screen.findByText(/目录文件 bad\.catalog\.json 有 \d+ 处错误，未载入/)).toBeInTheDocument();
    expect(screen.getByText(/^sources\[0\]\.id：/)).toBeInTheDocument();
    expect(screen.getByText(/^indicators\[0\]\.milestone：未知的项“milestone”/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /导入并写入工作簿/ })).toBeDisabled();
  });

  test("a valid catalog file inserts its sources", async () => {
    const user = userEvent.setup();
    const imp = importer();
    renderImport(imp);
    await user.click(screen.getByRole("button", { name: /导入政策来源/ }));
    const file = new File([fs.readFileSync(EXAMPLE, "utf8")], "my-plan.catalog.json", { type: "application/json" });
    await user.upload(await screen.findByLabelText(/选择文件/), file);
    expect(await screen.findByText(/来源 MY-PLAN-2025，3 个指标/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /导入并写入工作簿/ }));
    const [catalog, ids] = imp.apply.mock.calls[0] as [Catalog, string[]];
    expect(ids).toEqual(["MY-PLAN-2025"]);
    expect(catalog.rules.some((r) => r.id === "MY-PLAN-2025.R-TECHREFORM")).toBe(true);
  });

  test("the recognizer is loaded when the view opens; a failed load is shown and retried", async () => {
    const user = userEvent.setup();
    let fail = true;
    const load = jest.fn(async () => {
      if (fail) {
        fail = false;
        throw new Error("加载失败 / could not load (Loading chunk import failed)");
      }
      return import("../../src/taskpane/import/engine");
    });
    renderImport(importer(), load);
    expect(load).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: /导入政策来源/ }));
    expect(await screen.findByText(/Loading chunk import failed/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /重试/ }));
    expect(await screen.findByRole("button", { name: /读取选定区域/ })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
