/** The sheets an insert will write, with their row counts, before anything is written. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewSheet } from "../model";
import { Bi } from "./Bi";
import { PANE_STRINGS } from "./paneStrings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  num: { textAlign: "right" },
});

export function PlanPreview({ sheets }: { sheets: PreviewSheet[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-labelledby="db-preview-title">
      <h2 id="db-preview-title">
        <Bi {...PANE_STRINGS.preview} />
      </h2>
      {sheets.length === 0 ? (
        <p>
          <Bi {...PANE_STRINGS.previewEmpty} />
        </p>
      ) : (
        <table className={styles.table} aria-labelledby="db-preview-title">
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                工作表 Sheet
              </th>
              <th scope="col" className={`${styles.cell} ${styles.num}`}>
                行 Rows
              </th>
            </tr>
          </thead>
          <tbody>
            {sheets.map((s) => (
              <tr key={s.key}>
                <td className={styles.cell}>{s.name}</td>
                <td className={`${styles.cell} ${styles.num}`}>{s.rows}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
