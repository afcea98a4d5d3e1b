/** @jest-environment jsdom */
/**
 * The pane's later parts on a flaky network, and when the shared runtime's page counts as shown.
 * (The built page does the same in Chromium: test/web/sharedRuntime.browser.test.ts.)
 */
import { isChunkLoadError, loadError, retryable } from "../../src/taskpane/lazy";
import { whenPaneShown } from "../../src/taskpane/visibility";

/** webpack's rejection when a chunk's script cannot be fetched. */
function chunkLoadError(): Error {
  const e = new Error("Loading chunk 849 failed.\n(error: https://example.gov.cn/duibiao/chunks/pane.0fcf0bb8.js)");
  e.name = "ChunkLoadError";
  return e;
}

describe("retryable", () => {
  test("a failed load is forgotten: the next call loads again, and a success is kept", async () => {
    let calls = 0;
    const load = retryable(async () => {
      calls++;
      if (calls === 1) throw chunkLoadError();
      return "pane";
    });
    await expect(load()).rejects.toThrow(/Loading chunk/);
    await expect(load()).resolves.toBe("pane");
    await expect(load()).resolves.toBe("pane");
    expect(calls).toBe(2);
  });

  test("calls while a load is under way share it", async () => {
    let calls = 0;
    const load = retryable(() => {
      calls++;
      return new Promise<number>((r) => setTimeout(() => r(calls), 5));
    });
    await expect(Promise.all([load(), load()])).resolves.toEqual([1, 1]);
  });
});

describe("loadError", () => {
  test("a chunk that cannot be fetched reads Chinese first, then English, then webpack's words", () => {
    const e = chunkLoadError();
    expect(isChunkLoadError(e)).toBe(true);
    expect(loadError(e).message).toMatch(
      /^部分程序未能加载，可能是网络或服务器问题：请检查网络后重试 \/ Part of the add-in could not be loaded.* \(Loading chunk 849 failed\./s,
    );
  });

  test("other errors pass through unchanged", () => {
    const e = new Error("目录中没有这些政策来源：X / no such sources in the catalog: X");
    expect(isChunkLoadError(e)).toBe(false);
    expect(loadError(e)).toBe(e);
  });
});

describe("whenPaneShown", () => {
  let state: DocumentVisibilityState;
  beforeEach(() => {
    state = "visible";
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  });
  const settled = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    return done;
  };

  test("a visible page (a plain browser, or the pane on screen) goes on at once", async () => {
    await expect(settled(whenPaneShown(undefined))).resolves.toBe(true);
  });

  test("a hidden runtime waits for Office to show the pane", async () => {
    state = "hidden";
    let handler: ((args: { visibilityMode: string }) => void) | undefined;
    const shown = whenPaneShown({ onVisibilityModeChanged: async (h) => void (handler = h) });
    await expect(settled(shown)).resolves.toBe(false);
    handler!({ visibilityMode: "Hidden" });
    await expect(settled(shown)).resolves.toBe(false);
    handler!({ visibilityMode: "Taskpane" });
    await expect(settled(shown)).resolves.toBe(true);
  });

  test("…or for the page to become visible, also where Office has no visibility API", async () => {
    state = "hidden";
    const shown = whenPaneShown(undefined);
    await expect(settled(shown)).resolves.toBe(false);
    state = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    await expect(settled(shown)).resolves.toBe(true);
  });
});
