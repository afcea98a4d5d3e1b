/**
 * Reading and writing CSV for `duibiao calc`. Input: UTF-8 (with or without BOM) or, failing that,
 * GB18030 — what Chinese Excel and WPS save as "CSV" — with the delimiter detected. Every record keeps
 * the line number it starts on, so an error can name it. Output: UTF-8 with a BOM, so Excel and WPS
 * open it with the Chinese intact.
 */
import Papa from "papaparse";
import { inputError } from "./errors";

export interface CsvRecord {
  /** 1-based line number of the record's first line in the file. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

export function parseCsv(text: string, fileLabel: string): CsvTable {
  const rows: CsvRecord[] = [];
  const problems: string[] = [];
  // Line number of each offset: count newlines up to the record's start (records may span lines).
  let lineAt = 1;
  let scanned = 0;
  const lineOf = (offset: number) => {
    for (; scanned < offset && scanned < text.length; scanned++) if (text.charCodeAt(scanned) === 10) lineAt++;
    return lineAt;
  };
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (res) => {
      const line = lineOf(start);
      start = res.meta.cursor;
      // Skip the newline that ends this record so the next one starts on its own line.
      if (text[start] === "\r") start++;
      if (text[start] === "\n") start++;
      // A one-column file has no delimiter to detect: that is not a problem.
      for (const err of res.errors.filter((e) => e.type !== "Delimiter"))
        problems.push(`第${line}行：${err.message} / line ${line}: ${err.message}`);
      const fields = res.data;
      if (fields.length === 1 && fields[0].trim() === "") return; // blank line
      rows.push({ line, fields });
    },
  });
  if (problems.length)
    throw inputError(`${fileLabel} 不是有效的CSV：\n${problems.join("\n")}`, `${fileLabel} is not valid CSV`);
  if (!rows.length) throw inputError(`${fileLabel} 是空文件`, `${fileLabel} is empty`);
  const [head, ...records] = rows;
  return { header: head.fields.map((h) => h.trim()), records };
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return "\uFEFF" + Papa.unparse({ fields: header, data: rows }, { newline: "\r\n" }) + "\r\n";
}
