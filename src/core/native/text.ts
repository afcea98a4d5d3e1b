/** A string constant in an Excel formula: in quotes, each quote doubled. Shared by every native-formula generator. */
export function excelString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
