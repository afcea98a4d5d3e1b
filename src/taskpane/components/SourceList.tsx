/* eslint-disable no-unused-vars -- the base rule flags parameter names of TypeScript method signatures; @typescript-eslint/no-unused-vars checks .tsx */
/**
 * The list of sources with a checkbox each: the pane's first paint (from the build-time summary, see
 * ./FirstPaint.tsx) and the full pane's picker (./SourcePicker.tsx) render the same list. It uses only
 * Fluent's Checkbox, so the pane's initial script stays small; badges come in through `badge`.
 */
import * as React from "react";
import { Checkbox } from "@fluentui/react-components";
import type { SourceCounts, SourceSummary } from "../../catalog/summarize";
import { bilingualText, STRINGS } from "../strings";
import { tokenVar } from "./tokenVar";

/** Inline styles with Fluent's tokens: makeStyles would bring Griffel's style compiler into the initial script. */
const styles = {
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokenVar("spacingVerticalXS") },
  meta: { color: tokenVar("colorNeutralForeground2"), fontSize: tokenVar("fontSizeBase200"), marginLeft: "28px" },
} satisfies Record<string, React.CSSProperties>;

export interface SourceListProps {
  sources: readonly SourceSummary[];
  counts(sourceId: string): SourceCounts;
  selected: readonly string[];
  onToggle(sourceId: string, on: boolean): void;
  /** Shown after a source's name (e.g. "in this workbook"). */
  badge?(sourceId: string): React.ReactNode;
}

export function SourceList({ sources, counts, selected, onToggle, badge }: SourceListProps): React.JSX.Element {
  return (
    <ul style={styles.list} aria-label={bilingualText("sources")}>
      {sources.map((s) => {
        const n = counts(s.id);
        const parts = [
          n.indicators && `${STRINGS.kindIndicators.zh} ${n.indicators}`,
          n.tasks && `${STRINGS.kindTasks.zh} ${n.tasks}`,
          n.rules && `${STRINGS.kindRules.zh} ${n.rules}`,
          n.rubricItems && `${STRINGS.kindRubric.zh} ${n.rubricItems}`,
        ].filter(Boolean);
        return (
          <li key={s.id} data-source={s.id}>
            <Checkbox
              checked={selected.includes(s.id)}
              onChange={(_, d) => onToggle(s.id, !!d.checked)}
              label={
                <>
                  {s.shortName}
                  {badge?.(s.id)}
                </>
              }
            />
            <div style={styles.meta}>{[s.docNumber ?? s.title, s.region, parts.join("、")].filter(Boolean).join(" · ")}</div>
          </li>
        );
      })}
    </ul>
  );
}
