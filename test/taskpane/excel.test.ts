/**
 * Switching between the workbook's embedded catalog and the add-in's changes what every POLICY formula
 * computes, not only the tables the pane writes: a user's own sheet with =POLICY.SUBSIDY(…) must follow.
 * POLICY functions are not volatile, so the pane asks Excel for a full calculation (every formula
 * dirty) whenever the catalog the functions use changes, and only then. Driven through the recording
 * fake of the Excel API, with `Excel.run` bound to it.
 */
import { builtInCatalog } from "../../src/catalog";
import { activeCatalog, setActiveCatalog } from "../../src/catalog/active";
import { excelInserter, loadEmbeddedCatalog } from "../../src/taskpane/excel";
import { buildPlan } from "../../src/workbook/buildPlan";
import { capabilitiesFrom } from "../../src/workbook/office/capabilities";
import { applyPlan } from "../../src/workbook/office/render";
import { FakeExcel } from "../workbook/office/fakeExcel";

const REPORT_DATE = "2024-12-31";
const builtIn = builtInCatalog();
const caps = capabilitiesFrom("Excel", { isSetSupported: () => true });

let fake: FakeExcel;
let calculations: string[];

beforeEach(() => {
  setActiveCatalog(null);
  fake = new FakeExcel();
  calculations = [];
  // Application.calculate, queued like every office.js call and recorded when the batch runs.
  fake.context.workbook.application = {
    calculate: (type: string) => fake.queue({ calculate: type }, () => calculations.push(type)),
  };
  (globalThis as Record<string, unknown>).Excel = { run: (fn: (c: unknown) => unknown) => fn(fake.context) };
});
afterAll(() => setActiveCatalog(null));

/** A workbook built by a colleague's add-in with an older catalog, plus the user's own POLICY cell. */
async function workbookWithOldCatalog(): Promise<void> {
  const old = { ...builtIn, version: "1.old-template" };
  const plan = buildPlan(old, ["DY-MFG-2024"], { form: "addin", reportDate: REPORT_DATE });
  await applyPlan(fake.context, plan, { form: "addin" });
  fake.userSheet("我的测算", { A1: '=POLICY.SUBSIDY("DY-MFG-2024.R-TECHREFORM",850,1200)' });
}

test("opening a workbook whose catalog differs: the functions use it and the whole workbook recalculates", async () => {
  await workbookWithOldCatalog();
  const status = await loadEmbeddedCatalog();
  expect(status).toMatchObject({ state: "ok", version: "1.old-template", sameAsAddin: false });
  expect(activeCatalog().version).toBe("1.old-template");
  expect(calculations).toEqual(["Full"]);
});

test("insert switches back to the add-in's catalog and recalculates every sheet, once", async () => {
  await workbookWithOldCatalog();
  await loadEmbeddedCatalog();
  calculations = [];
  const insert = excelInserter(caps);
  await insert({ sourceIds: ["DY-MFG-2024"], form: "addin", reportDate: REPORT_DATE });
  expect(activeCatalog().version).toBe(builtIn.version);
  expect(calculations).toEqual(["Full"]);

  // Nothing changes on the next insert: no extra calculation, no extra round trip.
  const syncs = fake.syncs;
  const outcome = await insert({ sourceIds: ["DY-MFG-2024"], form: "addin", reportDate: REPORT_DATE });
  expect(calculations).toEqual(["Full"]);
  expect(fake.syncs - syncs).toBe(outcome.syncs);
});

test("a workbook with the add-in's own catalog, or none, needs no recalculation", async () => {
  expect(await loadEmbeddedCatalog()).toEqual({ state: "none" });
  await excelInserter(caps)({ sourceIds: ["DY-MFG-2024"], form: "addin", reportDate: REPORT_DATE });
  expect(await loadEmbeddedCatalog()).toMatchObject({ state: "ok", sameAsAddin: true });
  expect(calculations).toEqual([]);
});

test("when Excel refuses to recalculate, the pane says so instead of leaving old results silently", async () => {
  await workbookWithOldCatalog();
  fake.context.workbook.application.calculate = () => {
    throw new Error("GeneralException");
  };
  expect(await loadEmbeddedCatalog()).toMatchObject({ state: "ok", recalcFailed: true });
  await expect(
    excelInserter(caps)({ sourceIds: ["DY-MFG-2024"], form: "addin", reportDate: REPORT_DATE }),
  ).rejects.toThrow(/已写入，但未能重新计算整个工作簿.*Ctrl\+Alt\+F9/);
});
