/** @jest-environment jsdom */
/**
 * The task pane as a user meets it: find sources, see what will be written, insert, and read what
 * this Excel can do — with the keyboard alone, every control labelled, no axe violations.
 */
import * as React from "react";
import { render, screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { axe } from "jest-axe";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { builtInCatalog } from "../../src/catalog";
import { Pane } from "../../src/taskpane/components/Pane";
import type { PaneProps } from "../../src/taskpane/model";
import { capabilitiesFrom } from "../../src/workbook/office/capabilities";
import { themeFor } from "../../src/taskpane/theme";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow long messages.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

const catalog = builtInCatalog();
const excel = (versions: { api: number; cf: boolean }) =>
  capabilitiesFrom("Excel", {
    isSetSupported: (set: string, v = "1.1") =>
      set === "ExcelApi" ? Number(v.split(".")[1]) <= versions.api : set === "CustomFunctionsRuntime" ? versions.cf : false,
  });
const M365 = excel({ api: 17, cf: true });
// Microsoft lists SharedRuntime (so the add-in loads) but no CustomFunctionsRuntime for retail
// perpetual Office before Version 2311: the one gap a host of the add-in can have.
const NO_CF = excel({ api: 10, cf: false });

function renderPane(props: Partial<PaneProps> = {}, theme = webLightTheme) {
  const onInsert = jest.fn(async () => ({ sheets: 4, kept: 0, syncs: 2, skipped: [] as string[] }));
  const all: PaneProps = { mode: "excel", catalog, capabilities: M365, onInsert, defaultReportDate: "2024-12-31", ...props };
  const utils = render(
    <FluentProvider theme={theme}>
      <Pane {...all} />
    </FluentProvider>,
  );
  return { ...utils, onInsert: all.onInsert as jest.Mock };
}

const sourceList = () => screen.getByRole("list", { name: /政策来源/ });

describe("the task pane", () => {
  test("shows the product name, the catalog's sources and its version", () => {
    renderPane();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("对标Duibiao");
    expect(within(sourceList()).getAllByRole("checkbox")).toHaveLength(catalog.sources.length);
    expect(screen.getByText(new RegExp(catalog.version.replace(/\./g, "\\.")))).toBeInTheDocument();
  });

  test("search narrows the list by name, document number or ID", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.type(screen.getByRole("searchbox", { name: /搜索政策来源/ }), "银行");
    expect(within(sourceList()).getAllByRole("checkbox").map((c) => c.closest("li")!.textContent)).toEqual([
      expect.stringContaining("2024年度银行业金融机构考评"),
    ]);
    await user.clear(screen.getByRole("searchbox", { name: /搜索政策来源/ }));
    await user.type(screen.getByRole("searchbox", { name: /搜索政策来源/ }), "冶发〔2024〕3号");
    expect(within(sourceList()).getAllByRole("checkbox")).toHaveLength(1);
    await user.type(screen.getByRole("searchbox", { name: /搜索政策来源/ }), "不存在");
    expect(screen.getByRole("status")).toHaveTextContent("没有符合条件的政策来源");
  });

  test("filters by region and by kind", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.selectOptions(screen.getByRole("combobox", { name: /地区/ }), "大冶市");
    const daye = catalog.sources.filter((s) => s.region === "大冶市");
    expect(within(sourceList()).getAllByRole("checkbox")).toHaveLength(daye.length);
    await user.selectOptions(screen.getByRole("combobox", { name: /地区/ }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: /内容/ }), "rubric");
    expect(within(sourceList()).getAllByRole("checkbox")).toHaveLength(1);
  });

  test("previews the sheets and rows an insert will write", async () => {
    const user = userEvent.setup();
    renderPane();
    expect(screen.getByText("请先选择政策来源")).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ }));
    const table = screen.getByRole("table", { name: /将写入的工作表/ });
    const rows = within(table).getAllByRole("row").slice(1).map((r) => r.textContent);
    const n = catalog.indicators.filter((i) => i.sourceId === "DY-MFG-2024").length;
    expect(rows).toContain(`指标·大冶制造强市三年行动${n}`);
    expect(rows.some((r) => r!.startsWith("任务·大冶制造强市三年行动"))).toBe(true);
    expect(rows.some((r) => r!.startsWith("奖补规则"))).toBe(true);
  });

  test("insert sends the chosen sources, form and report date, and reports the result", async () => {
    const user = userEvent.setup();
    const { onInsert } = renderPane();
    await user.click(screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ }));
    await user.click(screen.getByRole("button", { name: /插入到工作簿/ }));
    expect(onInsert).toHaveBeenCalledWith({ sourceIds: ["DY-MFG-2024"], form: "addin", reportDate: "2024-12-31" });
    expect(await screen.findByText(/4 个工作表/)).toBeInTheDocument();
    // Now the workbook holds it: the next insert updates and keeps it.
    expect(screen.getByRole("button", { name: /插入或更新/ })).toBeInTheDocument();
  });

  test("a re-inject's notices (kept copies, typed computed cells, renamed columns) are listed, one per line", async () => {
    const user = userEvent.setup();
    const notices = ["“指标”：复制的行及其输入值已保留在表末：DY-MFG-2024.01 / 1 copied rows kept at the end", "“指标”：列“实际值（亿元）”识别为“实际值”"];
    renderPane({ onInsert: jest.fn(async () => ({ sheets: 4, kept: 3, syncs: 3, skipped: [], notices })) });
    await user.click(screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ }));
    await user.click(screen.getByRole("button", { name: /插入到工作簿/ }));
    const items = await screen.findAllByRole("listitem");
    expect(items.map((i) => i.textContent)).toEqual(expect.arrayContaining(notices));
  });

  test("a failed insert shows the message", async () => {
    const user = userEvent.setup();
    renderPane({ onInsert: jest.fn(async () => Promise.reject(new Error("未写入任何内容：工作表“X”…"))) });
    await user.click(screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ }));
    await user.click(screen.getByRole("button", { name: /插入到工作簿/ }));
    expect(await screen.findByText(/未写入任何内容/)).toBeInTheDocument();
  });

  test("says so when custom functions are missing, and inserts the native form", async () => {
    const user = userEvent.setup();
    const { onInsert } = renderPane({ capabilities: NO_CF });
    expect(screen.getByText(/此 Excel 未提供自定义函数/)).toBeInTheDocument();
    expect(screen.queryByText(/2016|2019/)).toBeNull(); // Office 2016/2019 (volume) never loads the add-in
    expect(screen.getByRole("radio", { name: /加载项函数/ })).toBeDisabled();
    expect(screen.getByRole("radio", { name: /原生公式/ })).toBeChecked();
    await user.click(screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ }));
    await user.click(screen.getByRole("button", { name: /插入到工作簿/ }));
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ form: "portable" }));
  });

  test("inside Excel, no warning or refusal meant for Excel versions that cannot load the add-in", () => {
    // Every host of the add-in has ExcelApi 1.10+; whatever a host reports, the pane offers insert.
    renderPane({ capabilities: excel({ api: 5, cf: true }) });
    expect(screen.getByText(/支持自定义函数：写入 POLICY\.\* 公式/)).toBeInTheDocument();
    expect(screen.queryByText(/2016|2019|过旧|不支持以下功能/)).toBeNull();
    expect(screen.getByRole("button", { name: /插入到工作簿/ })).toBeInTheDocument();
  });

  test("shows the workbook's embedded catalog, or that it is damaged", () => {
    renderPane({ embedded: { state: "ok", version: "1.old", sources: ["HS-BANK-2024"], sameAsAddin: false } });
    expect(screen.getByText(/函数按工作簿内嵌目录计算/)).toBeInTheDocument();
    expect(within(screen.getByRole("checkbox", { name: /银行业/ }).closest("li")!).getByText("已在工作簿中")).toBeInTheDocument();
    renderPane({ embedded: { state: "damaged", message: "工作簿内嵌目录已损坏：不是有效的 JSON / …" } });
    expect(screen.getByText(/不是有效的 JSON/)).toBeInTheDocument();
  });

  test("outside Excel it still renders, offers the download slot and no insert", async () => {
    const user = userEvent.setup();
    const onDownload = jest.fn(async () => undefined);
    renderPane({ mode: "web", capabilities: capabilitiesFrom(null, undefined), onInsert: undefined, onDownload });
    expect(screen.getByText(/未在 Excel 中运行/)).toBeInTheDocument();
    // Which Excel runs the add-in, and what the others use: the portable copy downloaded here.
    expect(screen.getByText(/加载项需要 Microsoft 365、Office 2021 及以上或 Excel 网页版/)).toHaveTextContent(
      /Office 2016\/2019、WPS、LibreOffice 请在此下载通用版/,
    );
    expect(screen.queryByRole("button", { name: /插入到工作簿/ })).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ }));
    await user.click(screen.getByRole("button", { name: /下载 \.xlsx/ }));
    expect(onDownload).toHaveBeenCalledWith({ sourceIds: ["DY-MFG-2024"], form: "portable", reportDate: "2024-12-31" });
  });

  test("works with the keyboard alone", async () => {
    const user = userEvent.setup();
    const { onInsert } = renderPane();
    const first = screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ });
    first.focus();
    await user.keyboard(" ");
    expect(first).toBeChecked();
    const button = screen.getByRole("button", { name: /插入到工作簿/ });
    while (document.activeElement !== button) await user.tab();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(onInsert).toHaveBeenCalledTimes(1));
  });

  test("every control has a label and axe finds no violations, in light and dark themes", async () => {
    for (const theme of [webLightTheme, webDarkTheme]) {
      const { container, unmount } = renderPane({}, theme);
      for (const el of container.querySelectorAll("input, select, button")) expect((el as HTMLElement).getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent).toBeTruthy();
      const results = await axe(container, { rules: { region: { enabled: false } } });
      expect(results.violations.map((v) => v.id)).toEqual([]);
      unmount();
    }
  });

  test("follows Office's dark theme", async () => {
    await expect(themeFor({ bodyBackgroundColor: "#262626" })).resolves.toBe(webDarkTheme);
    await expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).resolves.toBe(webLightTheme);
    await expect(themeFor(undefined)).resolves.toBe(webLightTheme);
  });

  test("a dark theme that cannot be loaded gives the light one, and the next call loads it again", async () => {
    let fail = true;
    jest.doMock("../../src/taskpane/darkTheme", () => {
      if (fail) throw new Error("Loading chunk theme-dark failed.");
      return { webDarkTheme };
    });
    try {
      await jest.isolateModulesAsync(async () => {
        const { themeFor: fresh } = await import("../../src/taskpane/theme");
        // A fresh module registry: the same themes by value (light and dark differ in every colour).
        await expect(fresh({ bodyBackgroundColor: "#262626" })).resolves.toEqual(webLightTheme);
        fail = false;
        await expect(fresh({ bodyBackgroundColor: "#262626" })).resolves.toEqual(webDarkTheme);
      });
    } finally {
      jest.dontMock("../../src/taskpane/darkTheme");
    }
  });
});
