/* eslint-disable no-unused-vars -- the base rule flags parameter names of TypeScript function types; @typescript-eslint/no-unused-vars checks .tsx */
/**
 * 进度看板: where the open workbook's plan stands. The counts are ../../core/progress.ts's (the same
 * as the 汇总 sheet's and the 通报's): indicators by status per source and 类别 with the share on
 * track, a chart of status per 类别 (its own chunk, ./BoardChart.tsx), the lagging and at-risk
 * indicators and the overdue tasks (choosing one selects its row in Excel), and the lead units ranked.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import {
  STATUS_ORDER,
  type CountGroup,
  type IndicatorRow,
  type ProgressSummary,
  type TaskRow,
} from "../../core/progress";
import { retryable } from "../lazy";
import type { SourceName } from "../../workbook/office/readProgress";
import type { BoardData, BoardHost } from "../model";
import { Bi } from "../components/Bi";
import { LazyState } from "./LazyState";
import { BOARD_STRINGS, boardText, type BoardStringKey } from "./strings";
import { useLazy } from "./useLazy";
import { defaultLoadDocx, ReportButton } from "../report/ReportButton";

/** What the board needs of its chart chunk. */
type ChartChunk = Pick<typeof import("./BoardChart"), "StatusChart">;
const defaultLoadChart: () => Promise<ChartChunk> = retryable(
  () => import(/* webpackChunkName: "board-chart" */ "./BoardChart"),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: "right",
    },
    "& th:first-child, & td:first-child": { textAlign: "left" },
  },
  sub: { paddingLeft: tokens.spacingHorizontalM },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  item: { justifyContent: "flex-start", textAlign: "left", width: "100%", fontWeight: tokens.fontWeightRegular },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const amount = (x: number | null) => (x === null ? "—" : x.toLocaleString("zh-CN", { maximumFractionDigits: 2 }));

function H({ k, level = 3 }: { k: BoardStringKey; level?: 2 | 3 }) {
  const styles = useStyles();
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag className={level === 2 ? styles.h2 : styles.h3}>
      <Bi zh={BOARD_STRINGS[k].zh} en={BOARD_STRINGS[k].en} />
    </Tag>
  );
}

function StatusTable({ summary }: { summary: ProgressSummary }) {
  const styles = useStyles();
  const row = (g: CountGroup, sub = false) => (
    <tr key={g.key}>
      <th scope="row" className={sub ? styles.sub : undefined}>
        {g.label}
      </th>
      {STATUS_ORDER.map((s) => (
        <td key={s}>{g.counts[s]}</td>
      ))}
      <td>{g.total}</td>
      <td>{percent(g.onTrackShare)}</td>
    </tr>
  );
  return (
    <table className={styles.table} aria-label={boardText("bySource")}>
      <thead>
        <tr>
          <th scope="col">{BOARD_STRINGS.indicators.zh}</th>
          {STATUS_ORDER.map((s) => (
            <th scope="col" key={s}>
              {s}
            </th>
          ))}
          <th scope="col">{BOARD_STRINGS.total.zh}</th>
          <th scope="col">{BOARD_STRINGS.onTrackShare.zh}</th>
        </tr>
      </thead>
      <tbody>
        {row(summary.indicators)}
        {summary.bySource.flatMap((s) => [row(s), ...s.categories.map((c) => row(c, true))])}
      </tbody>
    </table>
  );
}

function UnitTable({ summary }: { summary: ProgressSummary }) {
  const styles = useStyles();
  const cols: BoardStringKey[] = ["unitTotal", "done", "inProgress", "overdueCount", "completionRate", "rank"];
  return (
    <table className={styles.table} aria-label={boardText("units")}>
      <thead>
        <tr>
          <th scope="col">{BOARD_STRINGS.unit.zh}</th>
          {cols.map((c) => (
            <th scope="col" key={c}>
              {BOARD_STRINGS[c].zh}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.units.map((u) => (
          <tr key={u.unit}>
            <th scope="row">{u.unit}</th>
            <td>{u.total}</td>
            <td>{u.done}</td>
            <td>{u.inProgress}</td>
            <td>{u.overdue}</td>
            <td>{percent(u.completionRate)}</td>
            <td>{u.rank}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A list whose items select their row in Excel. */
function RowList<T extends IndicatorRow | TaskRow>({
  label,
  rows,
  text,
  onChoose,
}: {
  label: string;
  rows: readonly T[];
  text(row: T): string;
  onChoose(row: T): void;
}) {
  const styles = useStyles();
  if (!rows.length)
    return (
      <p className={styles.hint}>
        <Bi zh={BOARD_STRINGS.none.zh} en={BOARD_STRINGS.none.en} />
      </p>
    );
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((r, i) => (
        <li key={`${r.sourceId}/${r.id}/${i}`}>
          <Button appearance="subtle" size="small" className={styles.item} onClick={() => onChoose(r)}>
            {text(r)}
          </Button>
        </li>
      ))}
    </ul>
  );
}

function ChartSlot({ groups, load }: { groups: readonly CountGroup[]; load: typeof defaultLoadChart }) {
  const chart = useLazy(load);
  if (chart.value) return <chart.value.StatusChart groups={groups} />;
  return <LazyState error={chart.error} onRetry={chart.retry} loading={boardText("chartLoading")} />;
}

const indicatorText = (r: IndicatorRow) =>
  `${r.id} ${r.name}` +
  (r.gap !== null ? `，${BOARD_STRINGS.gap.zh} ${amount(r.gap)}${r.unit}` : "") +
  (r.leadUnit ? `，${r.leadUnit}` : "");
const problemText = (r: IndicatorRow) => `${r.id} ${r.name}：${r.problem ?? ""}`;
const taskText = (t: TaskRow) => `${t.id} ${t.text}${t.due ? `（${t.due}）` : ""}`;

export function Board({
  host,
  sources,
  loadChart = defaultLoadChart,
  loadDocx = defaultLoadDocx,
}: {
  host: BoardHost;
  /** The pane's sources, the workbook's user sources among them; the host's own list without it. */
  sources?: readonly SourceName[];
  loadChart?: typeof defaultLoadChart;
  loadDocx?: typeof defaultLoadDocx;
}) {
  const styles = useStyles();
  const [data, setData] = React.useState<BoardData | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [reading, setReading] = React.useState(true);
  const [selectError, setSelectError] = React.useState<string | undefined>();
  const read = React.useCallback(() => {
    setReading(true);
    setError(undefined);
    host.read(sources).then(
      (d) => {
        setData(d);
        setReading(false);
      },
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        setReading(false);
      },
    );
  }, [host, sources]);
  React.useEffect(read, [read]);
  const readReport = React.useMemo(
    () => host.readReport && (() => host.readReport!(sources)),
    [host, sources],
  );
  const choose = (row: IndicatorRow | TaskRow) => {
    const at = data?.where.get(row);
    if (!at) return;
    setSelectError(undefined);
    host.select(at).catch((e: unknown) => setSelectError(e instanceof Error ? e.message : String(e)));
  };
  const summary = data?.summary;
  const empty = summary && summary.indicators.total === 0 && summary.tasks.total === 0;

  return (
    <section className={styles.root} aria-labelledby="db-board-title" lang="zh-CN">
      <div className={styles.head}>
        <h2 id="db-board-title" className={styles.h2}>
          <Bi zh={BOARD_STRINGS.title.zh} en={BOARD_STRINGS.title.en} />
        </h2>
        <Button size="small" onClick={read} disabled={reading}>
          {boardText("refresh")}
        </Button>
        {reading && <Spinner size="tiny" label={boardText("reading")} />}
      </div>
      {readReport && <ReportButton read={readReport} loadDocx={loadDocx} />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{boardText("readFailed")}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {summary && (
        <p className={styles.hint}>
          {BOARD_STRINGS.reportDate.zh} {BOARD_STRINGS.reportDate.en}：
          {summary.reportDate || `${BOARD_STRINGS.noReportDate.zh} ${BOARD_STRINGS.noReportDate.en}`}；{data.syncs}{" "}
          {BOARD_STRINGS.syncs.zh}
        </p>
      )}
      {data && data.problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{boardText("problems")}</MessageBarTitle>
            <ul>
              {data.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {empty && (
        <MessageBar intent="info">
          <MessageBarBody>{boardText("empty")}</MessageBarBody>
        </MessageBar>
      )}
      {summary && !empty && (
        <>
          {summary.indicators.total > 0 && data.noActuals && (
            <MessageBar intent="warning">
              <MessageBarBody>{boardText("noActuals")}</MessageBarBody>
            </MessageBar>
          )}
          {summary.indicators.total > 0 && (
            <>
              <H k="bySource" />
              <StatusTable summary={summary} />
              <H k="byCategory" />
              <ChartSlot groups={summary.byCategory} load={loadChart} />
            </>
          )}
          <p className={styles.hint}>{boardText("selectHint")}</p>
          {selectError && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                <MessageBarTitle>{boardText("selectFailed")}</MessageBarTitle>
                {selectError}
              </MessageBarBody>
            </MessageBar>
          )}
          <H k="behind" />
          <RowList label={boardText("behind")} rows={summary.behind} text={indicatorText} onChoose={choose} />
          <H k="warning" />
          <RowList label={boardText("warning")} rows={summary.warning} text={indicatorText} onChoose={choose} />
          {summary.problems.length > 0 && (
            <>
              <H k="toCheck" />
              <RowList
                label={boardText("toCheck")}
                rows={summary.problems}
                text={problemText}
                onChoose={choose}
              />
            </>
          )}
          <H k="overdue" />
          {summary.overdueByUnit.length === 0 ? (
            <RowList label={boardText("overdue")} rows={[]} text={taskText} onChoose={choose} />
          ) : (
            summary.overdueByUnit.map((g) => (
              <div key={g.unit}>
                <strong>{`${g.unit}（${g.tasks.length}）`}</strong>
                <RowList
                  label={`${boardText("overdue")}：${g.unit}`}
                  rows={g.tasks}
                  text={taskText}
                  onChoose={choose}
                />
              </div>
            ))
          )}
          {summary.units.length > 0 && (
            <>
              <H k="units" />
              <UnitTable summary={summary} />
            </>
          )}
        </>
      )}
    </section>
  );
}
