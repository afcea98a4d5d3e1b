/** @jest-environment jsdom */
/**
 * The user's own sources in the pane's source list, as a colleague meets them in a shared workbook:
 * the workbook (built by another Excel, through the recording fake of the Excel API) holds a built-in
 * source and the user's MY-PLAN in its embedded catalog. The pane lists MY-PLAN after the built-in
 * sources, marked 自定义 and ticked; unticking it warns, and the update takes it out of the workbook's
 * list while every value typed for it stays (its own sheet untouched, its check-in row kept); ticking
 * it again brings it back.
 */
import * as React from "react";
import { render, screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { axe } from "jest-axe";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { builtInCatalog } from "../../src/catalog";
import { activeCatalog, setActiveCatalog } from "../../src/catalog/active";
import { gapToTarget } from "../../src/core/target";
import { Pane } from "../../src/taskpane/components/Pane";
import { excelBoardHost, excelInserter, loadEmbeddedCatalog } from "../../src/taskpane/excel";
import { buildImport } from "../../src/taskpane/import/engine";
import type { Importer } from "../../src/taskpane/import/types";
import type { EmbeddedStatus, PaneProps } from "../../src/taskpane/model";
import { buildPlan } from "../../src/workbook/buildPlan";
import { capabilitiesFrom } from "../../src/workbook/office/capabilities";
import { readWorkbookCatalog } from "../../src/workbook/office/readCatalog";
import { applyPlan } from "../../src/workbook/office/render";
import { FakeExcel } from "../workbook/office/fakeExcel";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow long messages.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const REPORT_DATE = "2025-06-30";
const builtIn = builtInCatalog();
const caps = capabilitiesFrom("Excel", { isSetSupported: () => true });
const TABLE = [
  "序号\t类别\t指标\t单位\t2024年\t2027年\t属性",
  "1\t规模实力\t规上工业总产值\t亿元\t120\t170\t预期性",
  "2\t绿色发展\t万元工业增加值能耗\t吨标准煤/万元\t0.8\t0.7\t约束性",
].join("\n");
const MY_SHEET = "指标·某县制造业三年行动";
const MY_TABLE = "DB_Ind_MY_PLAN";

let fake: FakeExcel;
beforeEach(() => {
  setActiveCatalog(null);
  fake = new FakeExcel();
  fake.context.workbook.application = { calculate: (type: string) => fake.queue({ calculate: type }, () => undefined) };
  // eslint-disable-next-line no-unused-vars
  (globalThis as Record<string, unknown>).Excel = { run: (fn: (c: unknown) => unknown) => fn(fake.context) };
});
afterAll(() => setActiveCatalog(null));

/** A colleague's workbook: DY-MFG-2024 and the user's MY-PLAN, with an actual and a check-in typed for MY-PLAN.01. */
async function sharedWorkbook(): Promise<void> {
  const built = buildImport(builtIn, { table: TABLE }, { id: "MY-PLAN", name: "某县制造业三年行动", docNumber: "某政发〔2025〕1号" });
  if (!built.ok) throw new Error(built.errors.join("\n"));
  const plan = buildPlan(built.catalog, ["DY-MFG-2024", "MY-PLAN"], { form: "addin", reportDate: REPORT_DATE });
  await applyPlan(fake.context as unknown as Excel.RequestContext, plan, { form: "addin" });
  typeIntoTable(MY_TABLE, "MY-PLAN.01", "实际值", 150);
  const checkins = fake.table("DB_CheckIns");
  const col = (h: string) => String.fromCharCode(64 + fake.columnOf("DB_CheckIns", h));
  fake.typeInto(checkins.sheet.name, `${col("ID")}${checkins.top + 1}`, "MY-PLAN.01");
  fake.typeInto(checkins.sheet.name, `${col("实际值")}${checkins.top + 1}`, 140);
  setActiveCatalog(null); // the colleague's Excel starts with the add-in's catalog
}

function typeIntoTable(table: string, id: string, header: string, v: number): void {
  const t = fake.table(table);
  for (let r = t.top + 1; r <= t.bottom; r++)
    if (t.sheet.cell(r, t.left)?.value === id) {
      fake.typeInto(t.sheet.name, `${String.fromCharCode(64 + fake.columnOf(table, header))}${r}`, v);
      return;
    }
  throw new Error(`no row ${id}`);
}

const actualOf = (id: string) => fake.tableRows(MY_TABLE).rows.find((r) => r.ID === id)?.["实际值"];
const embeddedSources = async () => (await readWorkbookCatalog(fake.context as unknown as Excel.RequestContext))!.sources;

function renderPane(embedded: EmbeddedStatus, props: Partial<PaneProps> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Pane
        mode="excel"
        catalog={builtIn}
        capabilities={caps}
        embedded={embedded}
        onInsert={excelInserter(caps)}
        defaultReportDate={REPORT_DATE}
        {...props}
      />
    </FluentProvider>,
  );
}

const item = (name: RegExp) => screen.getByRole("checkbox", { name }).closest("li")!;
const sourceList = () => screen.getByRole("list", { name: /政策来源/ });

describe("the user's own sources in the pane's list", () => {
  test("a workbook holding a user source lists it after the built-in ones, marked 自定义 and ticked, and previews it", async () => {
    await sharedWorkbook();
    const { container } = renderPane(await loadEmbeddedCatalog());
    const items = within(sourceList()).getAllByRole("listitem");
    expect(items).toHaveLength(builtIn.sources.length + 1);
    // The built-in sources keep their places; the user's comes last, with its document.
    expect(items.slice(0, builtIn.sources.length).map((li) => li.getAttribute("data-source"))).toEqual(builtIn.sources.map((s) => s.id));
    expect(items.at(-1)).toHaveAttribute("data-source", "MY-PLAN");
    const mine = item(/某县制造业三年行动/);
    expect(within(mine).getByText("自定义 user")).toBeInTheDocument();
    expect(within(mine).getByText("已在工作簿中")).toBeInTheDocument();
    expect(mine).toHaveTextContent("某政发〔2025〕1号");
    expect(screen.getByRole("checkbox", { name: /某县制造业三年行动/ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ })).toBeChecked();
    expect(within(item(/大冶制造强市三年行动/)).queryByText("自定义 user")).toBeNull();
    const preview = within(screen.getByRole("table", { name: /将写入的工作表/ })).getAllByRole("row").map((r) => r.textContent);
    expect(preview).toContain(`${MY_SHEET}2`);
    expect((await axe(container, { rules: { region: { enabled: false } } })).violations).toEqual([]);
    // The search and the region filter find it like any source.
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole("combobox", { name: /地区/ }), "自定义");
    expect(within(sourceList()).getAllByRole("checkbox")).toHaveLength(1);
  });

  test("unticking it warns; the update takes it out of the workbook and keeps every value typed for it; ticking brings it back", async () => {
    const user = userEvent.setup();
    await sharedWorkbook();
    renderPane(await loadEmbeddedCatalog());
    expect(screen.queryByText(/将从工作簿中移除/)).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: /某县制造业三年行动/ }));
    const warning = screen.getByText(/将从工作簿中移除/).closest("[role=group], div")!.parentElement!;
    expect(warning).toHaveTextContent(/更新时 某县制造业三年行动 将不再写入：其自己的工作表保留原样/);
    const preview = within(screen.getByRole("table", { name: /将写入的工作表/ })).getAllByRole("row").map((r) => r.textContent);
    expect(preview).not.toContain(`${MY_SHEET}2`);

    await user.click(screen.getByRole("button", { name: /插入或更新/ }));
    // The check-in row's two typed values, reported like every value an update keeps.
    expect(await screen.findByText(/个工作表，保留输入值 2，/)).toBeInTheDocument();
    expect(screen.queryByText(/未能完成/)).toBeNull();
    expect(fake.tableRows("DB_About_Sources").rows.map((r) => r["来源ID"])).toEqual(["DY-MFG-2024"]);
    expect(await embeddedSources()).toEqual(["DY-MFG-2024"]);
    // Nothing typed is lost: its sheet is as it was, the check-in row is kept, and its formulas still compute.
    expect(actualOf("MY-PLAN.01")).toBe(150);
    expect(fake.tableRows("DB_CheckIns").rows).toContainEqual(expect.objectContaining({ ID: "MY-PLAN.01", 实际值: 140 }));
    // … and 校验 flags it (未知ID，未采用): its ID left the list of IDs the check-ins accept.
    const known = fake.tableRows("DB_CheckInIds").rows.flatMap((r) => Object.values(r));
    expect(known).toContain("DY-MFG-2024.01");
    expect(known).not.toContain("MY-PLAN.01");
    expect(gapToTarget(activeCatalog(), 150, "MY-PLAN.01")).toBe(20);
    // Out of the workbook's list: unticked, no warning any more, still listed as the user's own.
    expect(within(item(/某县制造业三年行动/)).queryByText("已在工作簿中")).toBeNull();
    expect(within(item(/某县制造业三年行动/)).getByText("自定义 user")).toBeInTheDocument();
    expect(screen.queryByText(/将从工作簿中移除/)).toBeNull();

    // Ticked again: back in the workbook, its typed actual still there.
    await user.click(screen.getByRole("checkbox", { name: /某县制造业三年行动/ }));
    await user.click(screen.getByRole("button", { name: /插入或更新/ }));
    await waitFor(async () => expect(await embeddedSources()).toEqual(["DY-MFG-2024", "MY-PLAN"]));
    expect(actualOf("MY-PLAN.01")).toBe(150);
  });

  test("a colleague opening the workbook after the removal sees it unticked, and can tick it to re-inject it", async () => {
    await sharedWorkbook();
    await loadEmbeddedCatalog(); // the pane reads the workbook's catalog before any insert
    await excelInserter(caps)({ sourceIds: ["DY-MFG-2024"], form: "addin", reportDate: REPORT_DATE });
    setActiveCatalog(null);
    renderPane(await loadEmbeddedCatalog());
    expect(screen.getByRole("checkbox", { name: /某县制造业三年行动/ })).not.toBeChecked();
    expect(within(item(/某县制造业三年行动/)).getByText("自定义 user")).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole("checkbox", { name: /某县制造业三年行动/ }));
    await user.click(screen.getByRole("button", { name: /插入或更新/ }));
    await waitFor(async () => expect(await embeddedSources()).toEqual(["DY-MFG-2024", "MY-PLAN"]));
    expect(actualOf("MY-PLAN.01")).toBe(150);
  });

  test("unticking a built-in source the workbook holds warns the same way", async () => {
    const user = userEvent.setup();
    await sharedWorkbook();
    renderPane(await loadEmbeddedCatalog());
    await user.click(screen.getByRole("checkbox", { name: /大冶制造强市三年行动/ }));
    expect(screen.getByText(/更新时 大冶制造强市三年行动 将不再写入/)).toBeInTheDocument();
  });

  test("a source just imported in the pane joins the list, ticked, and the next update keeps it", async () => {
    const user = userEvent.setup();
    const onInsert = jest.fn(async () => ({ sheets: 6, kept: 0, syncs: 3, skipped: [] as string[] }));
    const importer: Importer = {
      mode: "excel",
      baseCatalog: async () => builtIn,
      readSelection: async () => ({
        sheet: "录入",
        address: "录入!A1:G3",
        row: 1,
        column: 0,
        text: TABLE.split("\n").map((line) => line.split("\t")),
      }),
      apply: async (_catalog, ids) => `已导入 ${ids.join("、")}`,
    };
    renderPane({ state: "ok", version: builtIn.version, sources: ["DY-MFG-2024"], sameAsAddin: true }, { importer, onInsert });
    expect(screen.queryByRole("checkbox", { name: /某县制造业三年行动/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: /导入政策来源/ }));
    await user.click(await screen.findByRole("button", { name: /读取选定区域/ }));
    await user.type(screen.getByRole("textbox", { name: /来源ID/ }), "MY-PLAN");
    await user.type(screen.getByRole("textbox", { name: /名称/ }), "某县制造业三年行动");
    await user.click(screen.getByRole("button", { name: /导入并写入工作簿/ }));
    expect(await screen.findByText("已导入 MY-PLAN")).toBeInTheDocument();

    expect(screen.getByRole("checkbox", { name: /某县制造业三年行动/ })).toBeChecked();
    expect(within(item(/某县制造业三年行动/)).getByText("已在工作簿中")).toBeInTheDocument();
    expect(within(item(/某县制造业三年行动/)).getByText("自定义 user")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /插入或更新/ }));
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ sourceIds: ["DY-MFG-2024", "MY-PLAN"] }));
  });

  test("the 进度看板 reads the workbook with the pane's sources, the workbook's user source among them", async () => {
    await sharedWorkbook();
    const real = excelBoardHost(builtIn);
    const read = jest.fn(real.read);
    renderPane(await loadEmbeddedCatalog(), { board: { ...real, read } });
    await userEvent.click(screen.getByRole("tab", { name: /进度看板/ }));
    await waitFor(() => expect(read).toHaveBeenCalled());
    const [sources] = read.mock.calls[0];
    expect(sources?.map((s) => s.id)).toEqual([...builtIn.sources.map((s) => s.id), "MY-PLAN"]);
    // What the board got back names MY-PLAN's rows by its own ID.
    const data = await read.mock.results[0].value;
    expect(data.problems).toEqual([]);
  });
});
