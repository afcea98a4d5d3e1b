/**
 * INFO's task texts, quotes and notes come from a lazily loaded chunk of the full catalog. A chunk
 * that fails to load once (a network hiccup on a government PC) must not poison every later INFO
 * call: the failed call is an Excel error with a Chinese-first message, and the next call loads again.
 *
 * Runs the BUILT bundle (npm run build) in a VM as Excel does, with webpack's own chunk loader
 * talking to a stand-in `document` whose first script load fails and whose later loads run the chunk
 * file from dist/.
 */
import { CFError, loadFunctionsBundle, type LoadedBundle } from "../support/functionsBundle";

interface FakeScript {
  src: string;
  parentNode: unknown;
  onload?: ((e: unknown) => void) | null;
  onerror?: ((e: unknown) => void) | null;
  setAttribute(): void;
  getAttribute(): null;
}

function loadWithFlakyNetwork(failures: number) {
  const fetched: string[] = [];
  const failed: string[] = [];
  let failuresLeft = failures;
  let bundle: LoadedBundle | undefined = undefined;
  const document = {
    getElementsByTagName: () => [],
    createElement: (): FakeScript => ({ src: "", parentNode: null, setAttribute() {}, getAttribute: () => null }),
    head: {
      appendChild(script: FakeScript) {
        fetched.push(script.src);
        setTimeout(() => {
          if (failuresLeft-- > 0) {
            failed.push(script.src);
            return script.onerror?.({ type: "error", target: script });
          }
          bundle!.runFile(script.src);
          script.onload?.({ type: "load", target: script });
        }, 5);
      },
    },
  };
  bundle = loadFunctionsBundle({ globals: { document } });
  const id = bundle.metadata.functions.find((f) => f.name === "INFO")!.id.toUpperCase();
  const INFO = bundle.registered.get(id)!;
  return { INFO, fetched, failed };
}

test("one failed chunk load is a #N/A with a Chinese message, and the next INFO call loads again", async () => {
  const { INFO, fetched, failed } = loadWithFlakyNetwork(1);

  const first = INFO("DY-MFG-2024.T001", "牵头单位");
  await expect(first).rejects.toBeInstanceOf(CFError);
  const error = (await (first as Promise<unknown>).catch((e) => e)) as CFError;
  expect(error.code).toBe("#N/A");
  expect(error.message).toMatch(/^目录全文（任务、原文、备注）未能加载.*Ctrl\+Alt\+F9.* \/ the full catalog/);
  expect(error.message).not.toMatch(/Loading chunk/);
  expect(failed).toHaveLength(1);

  // The next call fetches the chunk that failed again (webpack forgets a failed chunk) and answers.
  const before = fetched.length;
  await expect(INFO("DY-MFG-2024.T001", "牵头单位")).resolves.toBe("市经信局");
  expect(fetched.slice(before)).toContain(failed[0]);

  // Loaded once for good: later calls fetch nothing.
  const loaded = fetched.length;
  await expect(INFO("DY-MFG-2024.01", "原文")).resolves.toContain("规上工业总产值");
  expect(fetched).toHaveLength(loaded);
});

test("fields the bundle carries answer at once, whatever the network does", () => {
  const { INFO, fetched } = loadWithFlakyNetwork(99);
  expect(INFO("DY-MFG-2024.01", "单位")).toBe("亿元");
  expect(fetched).toEqual([]);
});
