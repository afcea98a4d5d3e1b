/**
 * The duibiao command line (README, "The command line"): template, demo, calc, catalog, report. Parses arguments with
 * commander, runs one command, and turns every failure into a message on stderr (Chinese first) and an exit code.
 */
import { Command, CommanderError } from "commander";
import * as fs from "fs";
import * as path from "path";
import { isPolicyError } from "../core/errors";
import { calcCsv, checkRule } from "./calc";
import { formatCatalog, summarize } from "./catalog";
import { decodeText } from "./csv";
import { writeDemo } from "./demo";
import { CliError, EXIT, inputError, type ExitCode } from "./errors";
import { prepareOutput, STDOUT } from "./files";
import { progress } from "./progress";
import { writeReport } from "./report";
import { parseReportDate, writeTemplate } from "./template";
import { importCatalog, type ImportOptions } from "./import";
import { catalogWith, validateCatalogFile, withCatalogOption } from "./userCatalogs";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

const processIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

const EXIT_HELP = `
退出码 / exit codes:
  0  成功 / success
  2  命令行有误（未知命令或选项、缺少参数、输出文件就是输入文件）/ bad command line (also: the output is the input)
  3  输入有误（未知来源或规则ID、CSV某行有误、金额等列有歧义、无法读取输入文件）/ bad input
  4  无法写出（目录不可写、只读文件、设备等特殊文件、磁盘已满）；出错时不会留下写了一半的文件
     / cannot write the output (unwritable directory, read-only or special file, disk full); nothing is left half-written
  1  内部错误 / internal error

输出 / output:
  --out - 写到标准输出 / writes to standard output; 符号链接写到其指向的文件 / a symbolic link is written through.
  calc 输出中以 = + - @ 制表符 回车 开头的文字前加单引号 '，打开时不会作为公式执行
  / calc prefixes text beginning with = + - @ tab or CR with ' so that no spreadsheet runs it as a formula.

示例 / examples:
  duibiao catalog
  duibiao template DY-MFG-2024 HS-BANK-2024 --out 对标.xlsx
  duibiao template DY-MFG-2024 --out 对标-通用版.xlsx --portable
  duibiao demo --out out/demo
  duibiao calc --rule DY-MFG-2024.R-TECHREFORM --in 申报.csv --out 奖补.csv
  duibiao calc --rule DY-MFG-2024.R-FIRSTSET --in 申报.csv --out - > 奖补.csv
  duibiao import 指标表.xlsx --id MY-PLAN-2025 --name 某县三年行动 --rules 规则.csv --out my-plan.catalog.json
  duibiao catalog validate my-plan.catalog.json
  duibiao template MY-PLAN-2025 --catalog my-plan.catalog.json --out 我的.xlsx
  duibiao report 对标.xlsx --out 通报.docx --date 2024-12-31
`;

function buildProgram(io: CliIO, setCode: (c: ExitCode) => void): Command {
  const program = new Command("duibiao");
  program
    .description(
      "对标 Duibiao：政策目标对标与奖补计算的工作簿和批量计算 / workbooks and batch awards for policy targets and incentives",
    )
    .version(packageVersion(), "-V, --version", "显示版本 / show the version")
    .helpOption("-h, --help", "显示帮助 / show help")
    .helpCommand("help [command]", "显示某命令的帮助 / help for a command")
    .addHelpText("after", EXIT_HELP)
    .showHelpAfterError("（duibiao --help 查看用法 / see duibiao --help）")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();

  withCatalogOption(program.command("template"))
    .description("生成所选来源的模板工作簿 / write a template workbook for the chosen sources")
    .argument("<source-ids...>", "来源ID，如 DY-MFG-2024（duibiao catalog 列出全部）/ source IDs")
    .requiredOption("-o, --out <file.xlsx>", "输出文件（- 为标准输出）/ output file (- for standard output)")
    .option(
      "--portable",
      "通用版：原生公式，无需加载项（旧版Excel、WPS、LibreOffice）/ portable form: native formulas, no add-in needed",
    )
    .option("--report-date <YYYY-MM-DD>", "报告日期（默认今天）/ report date (default: today)")
    .option("-q, --quiet", "不显示进度 / no progress output")
    .action(
      async (
        ids: string[],
        opts: { out: string; portable?: boolean; reportDate?: string; quiet?: boolean; catalog: string[] },
      ) => {
        const p = progress(!opts.quiet);
        const file = await writeTemplate(catalogWith(opts.catalog), ids, {
          out: opts.out,
          form: opts.portable ? "portable" : "addin",
          reportDate: parseReportDate(opts.reportDate),
          progress: p,
        });
        (opts.out === STDOUT ? io.err : io.out)(`已写出 / written: ${file}\n`);
      },
    );

  withCatalogOption(program.command("demo"))
    .description(
      "生成含示例实际值的全部内置来源工作簿（加载项版与通用版）/ write every built-in source with sample actuals, both forms",
    )
    .option("-o, --out <dir>", "输出目录 / output directory", path.join("out", "demo"))
    .option("--report-date <YYYY-MM-DD>", "报告日期（默认 2024-12-31）/ report date (default 2024-12-31)")
    .option("-q, --quiet", "不显示进度 / no progress output")
    .action(async (opts: { out: string; reportDate?: string; quiet?: boolean; catalog: string[] }) => {
      const files = await writeDemo(catalogWith(opts.catalog), {
        dir: opts.out,
        reportDate: parseReportDate(opts.reportDate) ?? "2024-12-31",
        progress: progress(!opts.quiet),
      });
      for (const f of files) io.out(`已写出 / written: ${f}\n`);
    });

  withCatalogOption(program.command("calc"))
    .description("按规则批量计算奖补金额并附计算说明 / batch awards with explanations from a CSV of applications")
    .option("-r, --rule <rule-id>", "奖补规则ID（或在CSV中给“规则”列）/ rule ID (or a rule column in the CSV)")
    .requiredOption(
      "-i, --in <file.csv>",
      "申报CSV：表头含 金额/amount，可含 条件/qualifier、取值/bound、规则/rule / input CSV",
    )
    .requiredOption(
      "-o, --out <file.csv>",
      "输出CSV（原列 + 奖补金额、单位、计算说明；- 为标准输出）/ output CSV (- for standard output)",
    )
    .option("-q, --quiet", "不显示进度 / no progress output")
    .action(async (opts: { rule?: string; in: string; out: string; quiet?: boolean; catalog: string[] }) => {
      const p = progress(!opts.quiet);
      const catalog = catalogWith(opts.catalog);
      checkRule(catalog, opts.rule);
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(opts.in);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        throw inputError(`无法读取输入文件 ${opts.in}（${code}）`, `cannot read ${opts.in} (${code})`);
      }
      const result = calcCsv(catalog, decodeText(bytes, opts.in), opts.in, {
        rule: opts.rule,
        onProgress: (done, total) => p.step(`计算中 / computing ${done}/${total}`),
      });
      // Checked after the rows (a bad row leaves no new directory behind), before anything is written.
      const target = prepareOutput(opts.out, { inputs: [opts.in], allowStdout: true });
      await target.write(result.csv);
      p.done();
      // With the CSV on stdout, the summary goes to stderr so that a pipe gets the CSV alone.
      (target.toStdout ? io.err : io.out)(
        `已写出 / written: ${target.display}（${result.rows.length}行 rows，合计 total ${round(result.total)}）\n`,
      );
    });

  const catalog = withCatalogOption(program.command("catalog"))
    .description("列出内置来源及各自的指标、任务、规则、考评项数量 / list the built-in sources and their counts")
    .option("--json", "以JSON输出 / JSON output")
    .action((opts: { json?: boolean; catalog: string[] }) => {
      const summary = summarize(catalogWith(opts.catalog));
      io.out(opts.json ? JSON.stringify(summary, null, 2) + "\n" : formatCatalog(summary));
    });
  // `--catalog` (files the checked one is loaded over) is the parent's option: commander gives it
  // to `catalog` wherever it stands on the line.
  catalog
    .command("validate")
    .description(
      "检查自己的目录文件，逐条列出错误及其JSON路径 / check a catalog file of your own, listing every error by JSON path",
    )
    .argument("<catalog.json>", "目录文件 / catalog file")
    .action((file: string) => io.out(validateCatalogFile(file, catalog.opts<{ catalog: string[] }>().catalog)));

  program
    .command("import")
    .description(
      "把政策的指标表（及规则表）导入为目录文件 / a policy's indicator table (and rules table) to a catalog file",
    )
    .argument("[table]", "指标表：.tsv .csv .html .xlsx（从Word/WPS/PDF/网页复制）/ indicator table")
    .requiredOption("--id <SOURCE-ID>", "来源ID：大写字母、数字、连字符，如 MY-PLAN-2025 / your source's ID")
    .option("--name <名称>", "来源名称 / the source's name")
    .option("--document <文号>", "文号或文件名，引用时使用 / document number or title cited")
    .option("--region <地区>", "发文地区 / issuing region")
    .option("--issuer <机关>", "发文机关 / issuer")
    .option("--sheet <name>", ".xlsx 的工作表（默认第一个）/ sheet of an .xlsx (default: the first)")
    .option("--rules <RULES.csv|.xlsx>", "规则表，一行一条规则（docs/INCENTIVES.md）/ rules table, one rule a row")
    .requiredOption("-o, --out <catalog.json>", "目录文件（已有则补充）/ catalog file (extended when it exists)")
    .action(async (table: string | undefined, opts: Omit<ImportOptions, "table">) =>
      io.out(await importCatalog({ ...opts, table })),
    );

  withCatalogOption(program.command("report"))
    .description(
      "生成指标与任务推进情况的通报（Word）/ write the 通报 (progress report) of a workbook as a Word document",
    )
    .argument("<workbook.xlsx>", "对标工作簿 / a Duibiao workbook")
    .requiredOption("-o, --out <file.docx>", "输出的 Word 文件 / output Word file")
    .option("--date <YYYY-MM-DD>", "报告日期（默认为工作簿中的报告日期）/ report date (default: the workbook's)")
    .option("-q, --quiet", "不显示进度 / no progress output")
    .action(async (workbook: string, opts: { out: string; date?: string; quiet?: boolean; catalog: string[] }) => {
      const r = await writeReport(workbook, {
        out: opts.out,
        date: parseReportDate(opts.date),
        catalog: catalogWith(opts.catalog),
        progress: progress(!opts.quiet),
      });
      for (const p of r.problems) io.err(`注意 / note: ${p}\n`);
      if (r.noActuals)
        io.err(
          "注意：工作簿中尚未填报任何实际值，通报只说明这一点，不统计指标 / note: the workbook holds no actual values yet; the report says so instead of counting\n",
        );
      io.out(`已写出 / written: ${r.file}\n`);
    });

  program.hook("postAction", () => setCode(EXIT.ok));
  return program;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function packageVersion(): string {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "0.0.0";
  }
}

/** Runs the CLI on `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  if (argv.length === 0) {
    io.out(program.helpInformation() + EXIT_HELP);
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof CliError) {
      io.err(`错误 / error: ${e.message}\n`);
      return e.exitCode;
    }
    // An engine error that no command turned into a CLI error is still about the input, not a bug.
    if (isPolicyError(e)) {
      io.err(`错误 / error: ${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
}
