/**
 * INFO's asynchronous path: task texts, quotes and notes are not in the compute catalog the functions
 * bundle carries, so INFO loads the full catalog and answers with a promise. Driven through the source
 * module (the VM that loads the built bundle cannot load webpack's lazy chunks).
 */
class CFError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CFError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};

const { INFO } = require("../../src/functions/target") as typeof import("../../src/functions/target");

test("a field the compute catalog keeps answers at once", () => {
  expect(INFO("DY-MFG-2024.01", "单位")).toBe("亿元");
});

test("a task's fields come from the full catalog, through a promise", async () => {
  const v = INFO("DY-MFG-2024.T001", "牵头单位");
  expect(v).toBeInstanceOf(Promise);
  expect(await v).toBe("市经信局");
});

test("a quote comes from the full catalog", async () => {
  expect(await INFO("DY-MFG-2024.01", "原文")).toContain("规上工业总产值");
});

test("errors on the asynchronous path are Excel errors too", async () => {
  await expect(INFO("DY-MFG-2024.T999", "name")).rejects.toMatchObject({ code: "#N/A" });
  await expect(INFO("DY-MFG-2024.T001", "colour")).rejects.toMatchObject({ code: "#VALUE!" });
});
