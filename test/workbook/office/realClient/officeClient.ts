/**
 * Microsoft's own Excel JavaScript client library (the ExcelApi code shipped in
 * @microsoft/office-js, excel-win32-16.01.debug.js) loaded in a jsdom window, with only the host
 * transport replaced: every `context.sync()` goes through the library's request building
 * (object paths, actions, load queries, property-not-loaded checks) and lands in `executeAsync`
 * of the session installed with `OfficeExtension.SessionBase._overrideSession` (see
 * ../../../../../shared/ENVIRONMENT.md, "Microsoft's real Excel client library in tests").
 *
 * Behind the transport sits a stand-in workbook (./standIn.ts): it plays each request against the
 * recording fake's workbook model (../fakeExcel.ts), which checks addresses, value shapes, table
 * overlaps, sheet names and protection as Excel would, and answers in the wire format the library
 * parses (PascalCase properties, `_Items` for collections, `null` for a null object,
 * `Body.Error` with the failing action's index).
 */
import { readFileSync } from "fs";
import { JSDOM } from "jsdom";
import { FakeExcel } from "../fakeExcel";
import { StandIn } from "./standIn";

const LIBRARY = require.resolve("@microsoft/office-js/dist/excel-win32-16.01.debug.js");
let source: string | undefined;

export interface OfficeClient {
  /** The jsdom window's `Excel` namespace (Microsoft's code). */
  Excel: any;
  OfficeExtension: any;
  /** The workbook behind the transport. */
  workbook: FakeExcel;
  standIn: StandIn;
  /** Request bodies as the library serialized them, one per sync. */
  requests: any[];
  close(): void;
}

/**
 * `isSetSupported`, when given, is the host's requirement sets, and Microsoft's client then throws
 * ApiNotFound for any API above them (its own check, off in the shipped build).
 */
export function loadOfficeClient(
  workbook = new FakeExcel(),
  isSetSupported?: (set: string, version: string) => boolean,
): OfficeClient {
  source ??= readFileSync(LIBRARY, "utf8");
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/taskpane.html",
  });
  const w = dom.window as any;
  w.eval(source);
  if (isSetSupported) {
    w.OSF._OfficeAppFactory = { getContext: () => ({ requirements: { isSetSupported } }) };
    w.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  }
  const standIn = new StandIn(workbook);
  const requests: any[] = [];
  w.OfficeExtension.SessionBase._overrideSession = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "stand-in", headers: {} }),
    // Called once per request context (Excel.run makes one): each numbers its object paths anew.
    _createRequestExecutorOrNull: () => {
      const session = standIn.session();
      return {
        executeAsync(_customData: unknown, _flags: unknown, message: { Body: any }) {
          requests.push(message.Body);
          return session.execute(message.Body);
        },
      };
    },
    getEventRegistration: () => null,
  };
  return {
    Excel: w.Excel,
    OfficeExtension: w.OfficeExtension,
    workbook,
    standIn,
    requests,
    close: () => dom.window.close(),
  };
}
