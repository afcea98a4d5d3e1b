/**
 * The 通报 as a Word document, laid out after GB/T 9704-2012 《党政机关公文格式》: A4 paper (§5.2.1);
 * margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, a type area of 156 × 225 mm (§5.2.2);
 * body in 3号仿宋 (16 pt), 22 lines of 28 characters a page, so a fixed line pitch of 225 mm / 22 ≈
 * 29 pt (§5.2.3); the title in 2号小标宋, centred (§7.3.3); first-level headings 3号黑体 “一、”,
 * second-level 3号楷体 “（一）” (§7.3.5); page numbers in 4号 Arabic digits with a dash either side,
 * right on odd pages and left on even pages, one character in from the edge (§7.5).
 *
 * Fonts are named as a Chinese office has them (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312), so Word
 * uses them there; where a font is missing, Word and LibreOffice substitute a face of the same kind.
 * The `docx` library writes the WordprocessingML (https://docx.js.org).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { Block } from "./content";

/** Half-points, as WordprocessingML sizes fonts: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小四: 24, 五号: 21 } as const;

/** Each face with the name Windows offices have, and a common one for Latin letters and digits. */
export const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

const font = (eastAsia: string) => ({ eastAsia, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin });

/** 225 mm of type area / 22 lines ≈ 28.98 pt; in twentieths of a point. */
const LINE_PITCH = 580;
/** Two characters of 3号 (16 pt each): the first-line indent of a body paragraph. */
const INDENT_2CH = 640;
/** Millimetres in twentieths of a point, rounded (A4 is 11906 × 16838, as Word writes it; the library's helper truncates). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const TYPE_AREA_WIDTH = twip(156);

function run(text: string, face: string, size: number, bold = false): TextRun {
  return new TextRun({ text, font: font(face), size, bold });
}

function paragraph(block: Exclude<Block, { kind: "table" }>): Paragraph {
  const exact = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };
  switch (block.kind) {
    case "title": {
      // The date in parentheses goes on a line of its own rather than wrapping mid-date.
      const at = block.text.indexOf("（截至");
      const lines = at > 0 ? [block.text.slice(0, at), block.text.slice(at)] : [block.text];
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        // A 22 pt title needs more than the body pitch; one empty line below it (§7.3.3).
        spacing: { line: 760, lineRule: LineRuleType.EXACT, after: LINE_PITCH },
        children: lines.map(
          (text, i) => new TextRun({ text, font: font(FONTS.title), size: SIZE.二号, break: i > 0 ? 1 : undefined }),
        ),
      });
    }
    case "h1":
      return new Paragraph({
        spacing: exact,
        indent: { firstLine: INDENT_2CH },
        keepNext: true,
        children: [run(block.text, FONTS.heading1, SIZE.三号)],
      });
    case "h2":
      return new Paragraph({
        spacing: exact,
        indent: { firstLine: INDENT_2CH },
        keepNext: true,
        children: [run(block.text, FONTS.heading2, SIZE.三号)],
      });
    case "lead":
      return new Paragraph({
        spacing: exact,
        indent: { firstLine: INDENT_2CH },
        keepNext: true,
        children: [run(block.text, FONTS.body, SIZE.三号, true)],
      });
    case "p":
      return new Paragraph({
        spacing: exact,
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: INDENT_2CH },
        children: [run(block.text, FONTS.body, SIZE.三号)],
      });
    default: {
      const never: never = block;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function cell(
  text: string,
  width: number,
  opts: { header?: boolean; bold?: boolean; left?: boolean; rowSpan?: number },
): TableCell {
  return new TableCell({
    rowSpan: opts.rowSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: opts.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: 300, lineRule: LineRuleType.AT_LEAST },
        children: [run(text, opts.header ? FONTS.heading1 : FONTS.body, SIZE.五号, !!opts.bold && !opts.header)],
      }),
    ],
  });
}

function table(block: Extract<Block, { kind: "table" }>): (Paragraph | Table)[] {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => Math.floor((w / total) * TYPE_AREA_WIDTH));
  // Text columns (names, units) read left-aligned; numbers and short labels centred.
  const leftColumns = new Set(
    block.header.map((h, i) => (/名称|单位|政策文件|类别/.test(h) ? i : -1)).filter((i) => i >= 0),
  );
  const emphasis = new Set(block.emphasis ?? []);
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 120 },
    keepNext: true,
    children: [run(block.caption, FONTS.heading1, SIZE.四号)],
  });
  const t = new Table({
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      new TableRow({
        tableHeader: true, // repeated on every page the table runs over
        cantSplit: true,
        height: { value: 400, rule: HeightRule.ATLEAST },
        children: block.header.map((h, i) => cell(h, widths[i], { header: true })),
      }),
      ...block.rows.map((r, ri) => {
        const cells = r.map((v, i) => {
          if (i > 0 || !block.mergeFirstColumn)
            return cell(v, widths[i], { left: leftColumns.has(i), bold: emphasis.has(ri) });
          if (ri > 0 && block.rows[ri - 1][0] === v) return null; // covered by the merged cell above
          let span = 1;
          while (ri + span < block.rows.length && block.rows[ri + span][0] === v) span += 1;
          return cell(v, widths[i], { left: true, bold: emphasis.has(ri), rowSpan: span });
        });
        return new TableRow({ cantSplit: true, children: cells.filter((c): c is TableCell => c !== null) });
      }),
    ],
  });
  // An empty paragraph after a table keeps the next text off its bottom border.
  return [caption, t, new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.EXACT }, children: [] })];
}

function pageNumberFooter(alignment: "right" | "left"): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // One 4号 character in from the edge of the type area (§7.5).
        indent: alignment === "right" ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: font(FONTS.pageNumber),
            size: SIZE.四号,
          }),
        ],
      }),
    ],
  });
}

/** The Word document of the blocks (the CLI writes its bytes, the task pane a Blob). */
function reportDocument(blocks: readonly Block[], meta: { title: string }): Document {
  const children = blocks.flatMap((b) => (b.kind === "table" ? table(b) : [paragraph(b)]));
  return new Document({
    title: meta.title,
    creator: "对标 Duibiao",
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZE.三号 },
          paragraph: { spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(210), height: twip(297) },
            margin: {
              top: twip(37),
              bottom: twip(35),
              left: twip(28),
              right: twip(26),
              // The page number's dashes begin 7 mm below the type area (§7.5): its 4号 line (about 5 mm)
              // then ends about 23 mm above the paper's edge, which is what Word's footer distance measures.
              footer: twip(23),
              header: twip(15),
            },
          },
        },
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children,
      },
    ],
  });
}

/** The document's bytes (.docx), for the CLI. toArrayBuffer, not toBuffer: no Node Buffer needed. */
export async function renderReportDocx(blocks: readonly Block[], meta: { title: string }): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(blocks, meta)));
}

/** The document as a Blob with Word's media type, for the task pane's download link. */
export function renderReportBlob(blocks: readonly Block[], meta: { title: string }): Promise<Blob> {
  return Packer.toBlob(reportDocument(blocks, meta));
}
