/** @jest-environment jsdom */
/**
 * 生成通报 on the 进度看板, as a user meets it: the button reads the open workbook, makes the 通报 from
 * the rows read (the same content as `duibiao report` for the same rows) and shows a download link
 * to a Word file; the Word writer arrives as its own chunk, and when it cannot be fetched the error
 * (Chinese first) and 重试, which fetches it again.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import JSZip from "jszip";
import { builtInCatalog } from "../../src/catalog";
import { fillSampleActuals } from "../../src/demo/sampleActuals";
import { buildReport, type Block } from "../../src/report/content";
import { Board } from "../../src/taskpane/board/Board";
import { retryable } from "../../src/taskpane/lazy";
import type { BoardHost, ReportSource } from "../../src/taskpane/model";
import { defaultLoadDocx } from "../../src/taskpane/report/ReportButton";
import { TextDecoder, TextEncoder } from "util";
import type { ReadWorkbook } from "../../src/workbook/read";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

const REPORT_DATE = "2024-12-31";
const FILE = "对标-演示.xlsx";
let read: ReadWorkbook;
const blobs: Blob[] = [];

beforeAll(async () => {
  // The xlsx writer and reader need what jsdom lacks; loaded after it is in place.
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  const { buildPlan } = require("../../src/workbook") as typeof import("../../src/workbook");
  const { loadWorkbookForReading, readProgressRows } = require("../../src/workbook/read") as typeof import("../../src/workbook/read");
  const { renderXlsx } = require("../../src/workbook/xlsx/render") as typeof import("../../src/workbook/xlsx/render");
  // The demo workbook of one source (sample actuals and check-ins), read as `duibiao report` reads it.
  const catalog = builtInCatalog();
  const source = catalog.sources[0].id;
  const plan = fillSampleActuals(
    catalog,
    buildPlan(catalog, [source], { form: "portable", reportDate: REPORT_DATE }),
    REPORT_DATE,
  );
  const wb = await loadWorkbookForReading(await renderXlsx(plan, { form: "portable" }), FILE);
  read = readProgressRows(wb, { file: FILE });
  let n = 0;
  URL.createObjectURL = (b: Blob) => {
    blobs.push(b);
    return `blob:duibiao/${++n}`;
  };
  URL.revokeObjectURL = () => undefined;
}, 60_000);

function host(): BoardHost & { readReport: jest.Mock<Promise<ReportSource>> } {
  return {
    read: jest.fn(async () => ({
      summary: buildReport({ ...read, computedRows: 0 }, FILE).summary,
      where: new Map(),
      problems: [],
      noActuals: false,
      syncs: 2,
    })),
    select: jest.fn(async () => undefined),
    readReport: jest.fn(async () => ({ indicators: read.indicators, tasks: read.tasks, reportDate: REPORT_DATE, file: FILE })),
  };
}

function chunkLoadError(): Error {
  const e = new Error("Loading chunk 91 failed.\n(error: https://example.gov.cn/duibiao/chunks/report-docx.1234abcd.js)");
  e.name = "ChunkLoadError";
  return e;
}

function renderBoard(h: BoardHost, loadDocx: typeof defaultLoadDocx) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Board host={h} loadChart={async () => ({ StatusChart: () => <div /> })} loadDocx={loadDocx} />
    </FluentProvider>,
  );
}

describe("生成通报 in the task pane", () => {
  test("reads the workbook, makes the same 通报 as duibiao report for the same rows, and offers a download link", async () => {
    const user = userEvent.setup();
    const h = host();
    const made: Block[][] = [];
    const loadDocx = async () => ({
      renderReportBlob: async (blocks: readonly Block[]) => {
        made.push([...blocks]);
        return new Blob(["docx"]);
      },
    });
    renderBoard(h, loadDocx);
    await user.click(await screen.findByRole("button", { name: /生成通报/ }));
    const link = await screen.findByRole("link", { name: /下载 通报-2024-12-31\.docx/ });
    expect(link).toHaveAttribute("download", "通报-2024-12-31.docx");
    expect(link.getAttribute("href")).toMatch(/^blob:/);
    expect(screen.getByText(/下载”文件夹/)).toBeInTheDocument();
    expect(h.readReport).toHaveBeenCalledTimes(1);
    // The CLI's content for the same rows, as Excel computed them (no engine-computed rows in the pane).
    const cli = buildReport({ ...read, computedRows: 0, workbookReportDate: REPORT_DATE }, FILE);
    expect(made).toEqual([cli.blocks]);
    // The content is about these rows: the counts and the check-ins' trend sentence.
    const overview = cli.blocks.find((b) => b.kind === "p")!;
    expect(overview).toMatchObject({ text: expect.stringContaining(`共有指标${cli.summary.indicators.total}项`) });
    expect(overview).toMatchObject({ text: expect.stringMatching(/与上期填报相比，向好\d+项，变差\d+项，持平\d+项/) });
  });

  test("the real Word chunk makes a .docx whose text is the 通报's", async () => {
    const user = userEvent.setup();
    blobs.length = 0;
    renderBoard(host(), defaultLoadDocx);
    await user.click(await screen.findByRole("button", { name: /生成通报/ }));
    await screen.findByRole("link", { name: /下载/ }, { timeout: 20_000 });
    expect(blobs).toHaveLength(1);
    const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blobs[0]);
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("指标推进情况的通报");
  }, 30_000);

  test("a Word chunk that cannot be fetched shows the error, Chinese first, and 重试 fetches it again", async () => {
    const user = userEvent.setup();
    const fetchChunk = jest
      .fn()
      .mockRejectedValueOnce(chunkLoadError())
      .mockResolvedValue({ renderReportBlob: async () => new Blob(["docx"]) });
    renderBoard(host(), retryable(fetchChunk));
    await user.click(await screen.findByRole("button", { name: /生成通报/ }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/未能生成通报/);
    expect(alert.textContent).toMatch(/^未能生成通报[\s\S]*未能加载[\s\S]*report-docx/);
    expect(screen.queryByRole("link", { name: /下载/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /重试/ }));
    expect(await screen.findByRole("link", { name: /下载 通报-2024-12-31\.docx/ })).toBeInTheDocument();
    expect(fetchChunk).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("a workbook without a report date says so instead of making a report", async () => {
    const user = userEvent.setup();
    const h = host();
    h.readReport.mockResolvedValue({ indicators: read.indicators, tasks: read.tasks, reportDate: null, file: FILE });
    renderBoard(h, async () => ({ renderReportBlob: async () => new Blob(["x"]) }));
    await user.click(await screen.findByRole("button", { name: /生成通报/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/报告日期.*为空/);
  });
});
