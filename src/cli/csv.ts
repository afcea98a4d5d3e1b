/**
 * Reading and writing CSV for `duibiao calc`. Input: UTF-8 (with or without BOM), UTF-16 (Excel's
 * "Unicode text": little-endian with a BOM, tab-separated) or, failing those, GB18030 — what Chinese
 * Excel and WPS save as "CSV" — with the delimiter detected. Every record keeps the line number it
 * starts on (line breaks CRLF, LF or a lone CR, as old Mac Excel writes), so an error can name it.
 * Output: UTF-8 with a BOM, so Excel and WPS open it with the Chinese intact, and with every text
 * cell that a spreadsheet would run as a formula neutralised (see FORMULA_TRIGGER).
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

/** Byte-order marks, and the encoding each announces (WHATWG Encoding Standard names). */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/**
 * UTF-16 without a BOM is recognised by its zero bytes: text that is mostly ASCII (digits, commas,
 * line breaks) has a zero in every other byte, which neither UTF-8 nor GB18030 text ever has.
 */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero === 0) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero === 0) return "utf-16be";
  return undefined;
}

export function decodeText(bytes: Uint8Array, fileLabel = "输入文件"): string {
  const bom = BOMS.find(([b]) => b.every((x, i) => bytes[i] === x));
  const encoding = bom?.[1] ?? guessUtf16(bytes);
  if (encoding) {
    try {
      // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      throw inputError(
        `${fileLabel} 声明为 ${encoding.toUpperCase()} 编码，但内容不是有效的 ${encoding.toUpperCase()}`,
        `${fileLabel} is marked as ${encoding} but is not valid ${encoding}`,
      );
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** papaparse's error codes, in Chinese first. */
const PARSE_ERRORS_ZH: Record<string, string> = {
  MissingQuotes: "带引号的字段没有结束引号",
  InvalidQuotes: '结束引号后紧跟了其他字符（字段中的引号应写成两个引号“""”）',
};

export function parseCsv(text: string, fileLabel: string): CsvTable {
  const rows: CsvRecord[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  // Line number of each offset: count line breaks up to the record's start (records may span
  // lines). CRLF is one break, and so is a lone CR or a lone LF.
  let lineAt = 1;
  let scanned = 0;
  const lineOf = (offset: number) => {
    for (; scanned < offset && scanned < text.length; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 13 || (c === 10 && text.charCodeAt(scanned - 1) !== 13)) lineAt++;
    }
    return lineAt;
  };
  // papaparse guesses the delimiter only when rows average two or more fields, and counts the blank
  // line after the last line break as a row: a short tab-separated file would be read as one
  // column. The guess is made on the first rows without blank lines, then applied to the whole file.
  const { delimiter } = Papa.parse<string[]>(text, { preview: 50, skipEmptyLines: "greedy" }).meta;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (res) => {
      const line = lineOf(start);
      start = res.meta.cursor;
      // Skip the newline that ends this record so the next one starts on its own line.
      if (text[start] === "\r") start++;
      if (text[start] === "\n") start++;
      // papaparse may report the same quote error twice for one record: each is listed once.
      for (const err of res.errors) {
        if (err.type === "Delimiter") continue;
        const key = `${line}:${err.code}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(`第${line}行：${PARSE_ERRORS_ZH[err.code] ?? err.message} / line ${line}: ${err.message}`);
      }
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

/**
 * Text a spreadsheet would take as a formula when it opens the CSV (CSV or formula injection):
 * OWASP's list of leading characters, = + - @ tab and carriage return
 * (https://owasp.org/www-community/attacks/CSV_Injection). Such a cell is written with a leading
 * single quote, as OWASP recommends, so Excel, WPS and LibreOffice show it as text. A plain number
 * written as text ("-5", "+1.5e3") is not a formula and stays as it is, so numbers stay numbers.
 * papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the `s` flag, so it misses a
 * cell with a line break after the formula; this pattern tests the first character only.
 */
export const FORMULA_TRIGGER = /^(?![+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$)[=+\-@\t\r]/;

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return (
    "\uFEFF" +
    Papa.unparse({ fields: header, data: rows }, { newline: "\r\n", escapeFormulae: FORMULA_TRIGGER }) +
    "\r\n"
  );
}
