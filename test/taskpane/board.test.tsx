/** @jest-environment jsdom */
/**
 * The 进度看板 as a user meets it: the counts, the lists of lagging and at-risk indicators and
 * overdue tasks (choosing one selects its row in Excel), the chart arriving as its own chunk (a
 * spinner, then the chart; or the error, Chinese first, and 重试 that loads again), and the pane's
 * tab that opens it.
 */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { axe } from "jest-axe";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { builtInCatalog } from "../../src/catalog";
import { summarizeProgress, type IndicatorRow, type TaskRow } from "../../src/core/progress";
import { Board } from "../../src/taskpane/board/Board";
import { BoardTab } from "../../src/taskpane/board/BoardTab";
import { Pane } from "../../src/taskpane/components/Pane";
import { retryable } from "../../src/taskpane/lazy";
import type { BoardData, BoardHost } from "../../src/taskpane/model";
import { capabilitiesFrom } from "../../src/workbook/office/capabilities";
import type { RowLocation } from "../../src/workbook/office/readProgress";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

function ind(id: string, status: IndicatorRow["status"], extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    id,
    name: `指标${id}`,
    sourceId: "S1",
    sourceName: "来源一",
    category: "规模",
    leadUnit: "经信局",
    unit: "亿元",
    status,
    gap: null,
    progress: null,
    actual: status ? 1 : null,
    target: 10,
    ...extra,
  };
}

function task(id: string, units: string[], overdue: boolean): TaskRow {
  return { id, text: `任务${id}`, sourceId: "S1", leadUnits: units, due: "2024-06-30", state: null, note: "", overdue };
}

const indicators = [
  ind("S1.01", "滞后", { gap: 12.5 }),
  ind("S1.02", "预警"),
  ind("S1.03", "已达标", { category: "质量" }),
  ind("S1.04", "正常", { category: "质量" }),
  ind("S1.05", null),
  ind("S1.06", null, { actual: 5, problem: "#VALUE!" }),
];
const tasks = [task("T.01", ["科技局"], true), task("T.02", ["经信局"], false)];

function host(): BoardHost & { select: jest.Mock; read: jest.Mock } {
  const where = new Map<object, RowLocation>();
  indicators.forEach((r, i) =>
    where.set(r, { sheet: "指标·来源一", table: "DB_Ind_S1", id: r.id, address: `'指标·来源一'!A${4 + i}:S${4 + i}` }),
  );
  tasks.forEach((t, i) =>
    where.set(t, { sheet: "任务·来源一", table: "DB_Task_S1", id: t.id, address: `'任务·来源一'!A${4 + i}:L${4 + i}` }),
  );
  const data: BoardData = {
    summary: summarizeProgress(indicators, tasks, "2024-12-31"),
    where,
    problems: [],
    noActuals: false,
    syncs: 2,
  };
  return { read: jest.fn(async () => data), select: jest.fn(async () => undefined) };
}

function chunkLoadError(): Error {
  const e = new Error("Loading chunk 77 failed.\n(error: https://example.gov.cn/duibiao/chunks/board-chart.1234abcd.js)");
  e.name = "ChunkLoadError";
  return e;
}

/** A chart chunk that renders its groups as text (the real one is ./BoardChart.tsx). */
const chartModule = {
  StatusChart: ({ groups }: { groups: readonly { label: string }[] }) => (
    <div data-testid="chart">{groups.map((g) => g.label).join(",")}</div>
  ),
};

function renderBoard(h: BoardHost, loadChart: () => Promise<any>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Board host={h} loadChart={loadChart} />
    </FluentProvider>,
  );
}

describe("the 进度看板", () => {
  test("shows the counts by status per source and 类别 with the share on track, and the units ranked", async () => {
    renderBoard(host(), async () => chartModule);
    const table = await screen.findByRole("table", { name: /按政策来源与类别/ });
    const total = within(table).getByRole("row", { name: /^合计/ });
    // 已达标 正常 预警 滞后 未达标 无数据, total, share on track = 2 of 4 with data.
    expect(within(total).getAllByRole("cell").map((c) => c.textContent)).toEqual(["1", "1", "1", "1", "0", "2", "6", "50.0%"]);
    const quality = within(table).getByRole("row", { name: /^质量/ });
    expect(within(quality).getAllByRole("cell").map((c) => c.textContent)).toEqual(["1", "1", "0", "0", "0", "0", "2", "100.0%"]);
    expect(screen.getByText(/2024-12-31/)).toBeInTheDocument();
    const units = screen.getByRole("table", { name: /牵头单位排名/ });
    const cells = (unit: RegExp) =>
      within(within(units).getByRole("row", { name: unit }))
        .getAllByRole("cell")
        .map((c) => c.textContent);
    // tasks, 已完成, 推进中, 逾期, completion rate, rank (both 0%: same rank, as RANK.EQ).
    expect(cells(/^经信局/)).toEqual(["1", "0", "0", "0", "0.0%", "1"]);
    expect(cells(/^科技局/)).toEqual(["1", "0", "0", "1", "0.0%", "1"]);
  });

  test("lists the lagging and at-risk indicators and the overdue tasks; choosing one selects its row", async () => {
    const user = userEvent.setup();
    const h = host();
    renderBoard(h, async () => chartModule);
    const behind = await screen.findByRole("list", { name: /滞后指标/ });
    expect(within(behind).getAllByRole("button")).toHaveLength(1);
    expect(within(behind).getByRole("button")).toHaveTextContent("S1.01 指标S1.01，缺口 12.5亿元，经信局");
    const warning = screen.getByRole("list", { name: /预警指标/ });
    await user.click(within(warning).getByRole("button", { name: /S1\.02/ }));
    expect(h.select).toHaveBeenCalledWith({
      sheet: "指标·来源一",
      table: "DB_Ind_S1",
      id: "S1.02",
      address: "'指标·来源一'!A5:S5",
    });
    const overdue = screen.getByRole("list", { name: /逾期任务.*科技局/ });
    await user.click(within(overdue).getByRole("button", { name: /T\.01/ }));
    expect(h.select).toHaveBeenLastCalledWith(expect.objectContaining({ table: "DB_Task_S1", address: "'任务·来源一'!A4:L4" }));
    expect(screen.queryByRole("button", { name: /T\.02/ })).not.toBeInTheDocument();
  });

  test("an indicator with an actual whose status shows an error is listed to be checked", async () => {
    const user = userEvent.setup();
    const h = host();
    renderBoard(h, async () => chartModule);
    const toCheck = await screen.findByRole("list", { name: /待核对/ });
    await user.click(within(toCheck).getByRole("button", { name: "S1.06 指标S1.06：#VALUE!" }));
    expect(h.select).toHaveBeenCalledWith(expect.objectContaining({ id: "S1.06", address: "'指标·来源一'!A9:S9" }));
  });

  test("a row that can no longer be selected says so, Chinese first", async () => {
    const user = userEvent.setup();
    const h = host();
    h.select.mockRejectedValueOnce(new Error("在表 DB_Ind_S1 中找不到 S1.01，请刷新看板 / S1.01 is no longer in table DB_Ind_S1"));
    renderBoard(h, async () => chartModule);
    await user.click(await screen.findByRole("button", { name: /S1\.01/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/未能选中该行.*找不到 S1\.01/);
  });

  test("the chart shows a loading state until its chunk arrives", async () => {
    let arrive!: (module: typeof chartModule) => void; // eslint-disable-line no-unused-vars
    const pending = new Promise<typeof chartModule>((r) => (arrive = r));
    renderBoard(host(), () => pending);
    expect(await screen.findByText(/正在加载图表/)).toBeInTheDocument();
    await act(async () => arrive(chartModule));
    expect(await screen.findByTestId("chart")).toHaveTextContent("规模,质量");
    expect(screen.queryByText(/正在加载图表/)).not.toBeInTheDocument();
  });

  test("a chart chunk that fails to load shows the error, Chinese first, and 重试 loads it again", async () => {
    const user = userEvent.setup();
    let calls = 0;
    const load = retryable(async () => {
      calls++;
      if (calls === 1) throw chunkLoadError();
      return chartModule;
    });
    renderBoard(host(), load);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^部分程序未能加载.*\/ Part of the add-in could not be loaded/);
    expect(alert).toHaveTextContent(/board-chart\.1234abcd\.js/);
    // The counts and lists do not wait for the chart.
    expect(screen.getByRole("list", { name: /滞后指标/ })).toBeInTheDocument();
    await user.click(within(alert).getByRole("button", { name: /重试/ }));
    expect(await screen.findByTestId("chart")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  test("has no accessibility violations, light or dark", async () => {
    for (const theme of [webLightTheme, webDarkTheme]) {
      const { container, unmount } = render(
        <FluentProvider theme={theme}>
          <Board host={host()} loadChart={async () => chartModule} />
        </FluentProvider>,
      );
      await screen.findByTestId("chart");
      const results = await axe(container, { rules: { region: { enabled: false } } });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
      unmount();
    }
  });

  test("a workbook without our tables says to insert a source first", async () => {
    const h = host();
    h.read.mockResolvedValueOnce({
      summary: summarizeProgress([], [], ""),
      where: new Map(),
      problems: [],
      noActuals: true,
      syncs: 1,
    });
    renderBoard(h, async () => chartModule);
    expect(await screen.findByText(/没有对标的指标表或任务表/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  test("the board's own chunk failing shows the error and 重试", async () => {
    const user = userEvent.setup();
    let calls = 0;
    const load = retryable(async () => {
      calls++;
      if (calls === 1) throw chunkLoadError();
      return { Board: () => <p>看板已加载</p> };
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <BoardTab host={host()} load={load as never} />
      </FluentProvider>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/部分程序未能加载/);
    await user.click(within(alert).getByRole("button", { name: /重试/ }));
    expect(await screen.findByText("看板已加载")).toBeInTheDocument();
  });
});

describe("the pane's tabs", () => {
  const catalog = builtInCatalog();
  const capabilities = capabilitiesFrom("Excel", { isSetSupported: () => true });

  test("inside Excel the 进度看板 tab opens the board; the insert view keeps what was ticked", async () => {
    const user = userEvent.setup();
    const h = host();
    render(
      <FluentProvider theme={webLightTheme}>
        <Pane
          mode="excel"
          catalog={catalog}
          capabilities={capabilities}
          onInsert={jest.fn()}
          board={h}
          defaultReportDate="2024-12-31"
          initialSelected={[catalog.sources[0].id]}
        />
      </FluentProvider>,
    );
    expect(h.read).not.toHaveBeenCalled();
    await user.click(screen.getByRole("tab", { name: /进度看板/ }));
    await waitFor(() => expect(h.read).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole("heading", { name: /进度看板/ })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: /插入与更新/ }));
    const first = screen.getAllByRole("checkbox").find((c) => c.closest("li")?.getAttribute("data-source") === catalog.sources[0].id);
    expect(first).toBeChecked();
  });

  test("without a board (the web page) there are no tabs", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Pane mode="web" catalog={catalog} capabilities={capabilities} onDownload={jest.fn()} />
      </FluentProvider>,
    );
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
  });
});
