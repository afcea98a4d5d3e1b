 
/**
 * "导入政策来源": the user's own policy as a source of the workbook. From the selected range (Excel),
 * pasted text, or a file (.tsv/.csv/.html/.xlsx table, a .json catalog file, a rules table .csv), the
 * view shows what was recognized and what needs review (with the sheet cell or line), asks for the
 * source's ID and name, and inserts it (Excel) or downloads the template with it (web). The recognizer
 * is a chunk of its own (./engine.ts), loaded when the view opens, so the pane's first script stays small.
 */
import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { CellGrid, RecognizeResult } from "../../core/recognize/types";
import type { Catalog, TargetValue } from "../../core/schema";
import type { FormulaForm } from "../../workbook/plan";
import { Bi } from "../components/Bi";
import { loadError, retryable } from "../lazy";
import type { BuildResult } from "./engine";
import type { Importer, TableInput } from "./types";

export type ImportEngine = typeof import("./engine");

const loadImportEngine = retryable(() =>
  import(/* webpackChunkName: "import" */ "./engine").catch((e: unknown) => {
    throw loadError(e);
  }),
);

export interface ImportSectionProps {
  importer: Importer;
  form: FormulaForm;
  reportDate: string;
  /** The recognizer's chunk (tests give a failing one). */
  loadEngine?: () => Promise<ImportEngine>;
  /** After a source was written into the workbook: the pane's list shows it, ticked. */
  onImported?(catalog: Catalog, sourceIds: string[]): void; // eslint-disable-line no-unused-vars
}

type Given =
  | { kind: "table"; input: TableInput; result: RecognizeResult; label: string }
  | { kind: "catalog"; text: string; label: string; result: BuildResult };

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

function targetText(t: TargetValue | undefined): string {
  if (!t) return "";
  switch (t.kind) {
    case "number":
      return String(t.value);
    case "range":
      return `${t.min}–${t.max}`;
    case "text":
      return t.text;
    default: {
      const never: never = t;
      return String(never);
    }
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A file's bytes or text through FileReader (every browser the page supports has it; older ones lack Blob.text()). */
function readAs<T extends "text" | "bytes">(file: File, as: T): Promise<T extends "text" ? string : ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T extends "text" ? string : ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    if (as === "text") reader.readAsText(file, "utf-8");
    else reader.readAsArrayBuffer(file);
  });
}

/** What a file holds, by its name: a catalog file, a rules table, or an indicator table. */
async function readFile(engine: ImportEngine, file: File): Promise<{ kind: "catalog"; text: string } | { kind: "grid"; grid: CellGrid } | { kind: "text"; text: string }> {
  const name = file.name.toLowerCase();
  if (name.endsWith(".xlsx")) return { kind: "grid", grid: await engine.gridOfXlsx(await readAs(file, "bytes")) };
  const text = await readAs(file, "text");
  if (name.endsWith(".json")) return { kind: "catalog", text };
  return { kind: "text", text };
}

export function ImportSection({
  importer,
  form,
  reportDate,
  loadEngine = loadImportEngine,
  onImported,
}: ImportSectionProps): React.JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [engine, setEngine] = React.useState<ImportEngine | null>(null);
  const [base, setBase] = React.useState<Catalog | null>(null);
  const [loadFailed, setLoadFailed] = React.useState<string | null>(null);
  const [pasted, setPasted] = React.useState("");
  const [given, setGiven] = React.useState<Given | null>(null);
  const [rules, setRules] = React.useState<{ grid: CellGrid; label: string } | null>(null);
  const [id, setId] = React.useState("");
  const [name, setName] = React.useState("");
  const [docNumber, setDocNumber] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [done, setDone] = React.useState<string | null>(null);
  const [errors, setErrors] = React.useState<string[]>([]);

  const start = React.useCallback(() => {
    setOpen(true);
    setLoadFailed(null);
    Promise.all([loadEngine(), importer.baseCatalog()]).then(
      ([e, b]) => {
        setEngine(e);
        setBase(b);
      },
      (e: unknown) => setLoadFailed(message(e)),
    );
  }, [importer, loadEngine]);

  const recognize = (input: TableInput, label: string) => {
    if (!engine) return;
    setDone(null);
    setErrors([]);
    try {
      setGiven({ kind: "table", input, result: engine.recognizeTable(input), label });
    } catch (e) {
      setErrors([message(e)]);
    }
  };

  const fromSelection = async () => {
    if (!importer.readSelection) return;
    try {
      const sel = await importer.readSelection();
      recognize({ table: sel.text, origin: { sheet: sel.sheet, row: sel.row, column: sel.column } }, sel.address);
    } catch (e) {
      setErrors([`未能读取选定区域 / could not read the selection: ${message(e)}`]);
    }
  };

  const fromFile = async (file: File | undefined) => {
    if (!file || !engine || !base) return;
    setDone(null);
    setErrors([]);
    try {
      const read = await readFile(engine, file);
      if (read.kind === "catalog") {
        setGiven({ kind: "catalog", text: read.text, label: file.name, result: engine.importCatalogFile(base, read.text) });
        return;
      }
      const grid = read.kind === "grid" ? read.grid : engine.gridOfDelimited(read.text);
      if (!/\.html?$/i.test(file.name) && engine.isRulesTable(grid)) {
        setRules({ grid, label: file.name });
        return;
      }
      recognize({ table: read.kind === "grid" ? read.grid : read.text }, file.name);
    } catch (e) {
      setErrors([`未能读取文件 ${file.name} / could not read ${file.name}: ${message(e)}`]);
    }
  };

  const idProblem = engine && base && given?.kind === "table" ? engine.sourceIdProblem(id, base) : undefined;
  const canInsert =
    !busy && !!engine && !!base && !!given && (given.kind === "catalog" ? given.result.ok : !idProblem && given.result.indicators.length > 0);

  const insert = async () => {
    if (!engine || !base || !given) return;
    setBusy(true);
    setDone(null);
    setErrors([]);
    try {
      const built =
        given.kind === "catalog"
          ? given.result
          : engine.buildImport(base, given.input, { id, name, docNumber }, rules?.grid);
      if (!built.ok) {
        setErrors(built.errors);
        return;
      }
      setDone(await importer.apply(built.catalog, built.sourceIds, { form, reportDate }));
      onImported?.(built.catalog, built.sourceIds);
      setBase(built.catalog);
      setGiven(null);
      setRules(null);
      setId("");
      setName("");
      setDocNumber("");
    } catch (e) {
      setErrors([message(e)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="db-import-title" className={styles.stack}>
      <h2 id="db-import-title">
        <Bi zh="导入政策来源" en="Import a policy source" />
      </h2>
      {!open && (
        <div>
          <Button onClick={start}>导入政策来源… Import…</Button>
        </div>
      )}
      {open && !engine && !loadFailed && <Spinner size="tiny" label="正在载入识别器… Loading the recognizer…" />}
      {open && loadFailed && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>未能载入导入功能 Could not load the import</MessageBarTitle>
            {loadFailed}
          </MessageBarBody>
          <Button onClick={start}>重试 Retry</Button>
        </MessageBar>
      )}
      {open && engine && base && (
        <>
          <p>
            <Bi
              zh="复制政策文件中的主要指标表（Word、WPS、PDF、网页均可），粘贴到工作表后选中它，或粘贴到下面；也可选择文件。"
              en="Copy the plan's indicator table, paste it into a sheet and select it, or paste it below; or choose a file."
            />
          </p>
          {importer.readSelection && (
            <div>
              <Button onClick={() => void fromSelection()}>读取选定区域 Read the selection</Button>
            </div>
          )}
          <Field label="粘贴指标表 Paste the indicator table">
            <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} resize="vertical" />
          </Field>
          <div className={styles.row}>
            <Button disabled={!pasted.trim()} onClick={() => recognize({ table: pasted }, "粘贴 pasted")}>
              识别 Recognize
            </Button>
            <label>
              选择文件 Choose a file (.tsv .csv .html .xlsx .json){" "}
              <input
                type="file"
                accept=".tsv,.csv,.txt,.html,.htm,.xlsx,.json"
                onChange={(e) => {
                  const input = e.currentTarget;
                  void fromFile(input.files?.[0]).finally(() => {
                    input.value = "";
                  });
                }}
              />
            </label>
          </div>
          {given?.kind === "table" && <TablePreview given={given} engine={engine} styles={styles} />}
          {given?.kind === "catalog" && <CatalogPreview given={given} styles={styles} />}
          {given?.kind === "table" && (
            <>
              <Field
                label="来源ID Source ID"
                required
                hint="大写字母、数字和连字符，如 MY-PLAN-2025 / upper-case letters, digits, hyphens"
                validationState={id && idProblem ? "error" : "none"}
                validationMessage={id && idProblem ? idProblem : undefined}
              >
                <Input value={id} onChange={(_, d) => setId(d.value.toUpperCase())} />
              </Field>
              <Field label="名称 Name">
                <Input value={name} onChange={(_, d) => setName(d.value)} />
              </Field>
              <Field label="文号（可选） Document number (optional)">
                <Input value={docNumber} onChange={(_, d) => setDocNumber(d.value)} />
              </Field>
              <p>
                {rules
                  ? `奖补规则表 Rules table: ${rules.label}（${Math.max(0, rules.grid.length - 1)} 行 rows）`
                  : "奖补规则表（可选）：选择一个 .csv 规则表文件 / Rules table (optional): choose a rules .csv file"}
              </p>
            </>
          )}
          {given && (
            <div>
              <Button appearance="primary" disabled={!canInsert} onClick={() => void insert()}>
                {importer.mode === "excel" ? "导入并写入工作簿 Insert" : "导入并下载 Download"}
              </Button>
              {busy && <Spinner size="tiny" label="正在导入… Importing…" />}
            </div>
          )}
        </>
      )}
      <div aria-live="polite">
        {done && (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        )}
        {errors.length > 0 && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>未导入，工作簿未改动 Not imported; nothing changed</MessageBarTitle>
              <ul className={styles.list}>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

type Styles = ReturnType<typeof useStyles>;

function TablePreview({ given, engine, styles }: { given: Extract<Given, { kind: "table" }>; engine: ImportEngine; styles: Styles }): React.JSX.Element {
  const { result, input } = given;
  return (
    <div className={styles.stack}>
      <h3 id="db-import-found">{`识别出 ${result.indicators.length} 个指标 / ${result.indicators.length} indicators recognized (${given.label})`}</h3>
      {result.indicators.length > 0 && (
        <table className={styles.table} aria-labelledby="db-import-found">
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>序号 No.</th>
              <th scope="col" className={styles.cell}>指标 Indicator</th>
              <th scope="col" className={styles.cell}>单位 Unit</th>
              <th scope="col" className={styles.cell}>目标 Target</th>
            </tr>
          </thead>
          <tbody>
            {result.indicators.map((i) => (
              <tr key={i.id}>
                <td className={styles.cell}>{i.id.split(".").pop()}</td>
                <td className={styles.cell}>{i.name}</td>
                <td className={styles.cell}>{i.unit}</td>
                <td className={styles.cell}>{targetText(i.milestones[i.milestones.length - 1]?.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.review.length > 0 && (
        <>
          <h3 id="db-import-review">{`需要核对 ${result.review.length} 处 / ${result.review.length} to review`}</h3>
          <ul className={styles.list} aria-labelledby="db-import-review">
            {result.review.map((r, k) => (
              <li key={k}>{`${engine.placeOf(input, r.line)}${r.id ? `（${r.id.split(".").pop()}）` : ""}：${r.message}`}</li>
            ))}
          </ul>
        </>
      )}
      {result.rejected.length > 0 && (
        <>
          <h3 id="db-import-rejected">{`未能识别 ${result.rejected.length} 行 / ${result.rejected.length} rows not read`}</h3>
          <ul className={styles.list} aria-labelledby="db-import-rejected">
            {result.rejected.map((r, k) => (
              <li key={k}>{`${engine.placeOf(input, r.line)}：${r.reason}（${r.text}）`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function CatalogPreview({ given, styles }: { given: Extract<Given, { kind: "catalog" }>; styles: Styles }): React.JSX.Element {
  const r = given.result;
  if (!r.ok)
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{`目录文件 ${given.label} 有 ${r.errors.length} 处错误，未载入 / the catalog file has ${r.errors.length} errors; nothing loaded`}</MessageBarTitle>
          <ul className={styles.list}>
            {r.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <p>{`${given.label}：来源 ${r.sourceIds.join("、")}，${r.counts.indicators} 个指标，${r.counts.rules} 条奖补规则 / sources ${r.sourceIds.join(", ")}: ${r.counts.indicators} indicators, ${r.counts.rules} rules`}</p>
  );
}
