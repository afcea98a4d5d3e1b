/** The error a workbook plan cannot be built with: a message in Chinese, then English. */
export class PlanError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = "PlanError";
  }
}
