/* eslint-disable no-unused-vars -- the base rule flags parameter names of TypeScript method signatures; @typescript-eslint/no-unused-vars checks .tsx */
/**
 * The pane's first paint: the product name and the list of sources (from the catalog summary compiled
 * at build time), ready to tick, while the rest of the pane (search and filters, options, preview, the
 * full catalog) loads; then ../index.tsx replaces it with the full pane, keeping what was ticked. If the
 * rest cannot be loaded, it says so (Chinese first) and offers to try again.
 *
 * Only Checkbox and Spinner come from Fluent here: this is the initial script (docs/PERFORMANCE.md: ≤120 KB gzipped
 * with the functions bundle), and styles are inline (see `styles`). The retry control is a plain <button> styled with Fluent's tokens because
 * Fluent's Button would add several KB to every start for a control shown only after a failure.
 */
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { tokenVar } from "./tokenVar";
import type { CatalogSummary } from "../../catalog/summarize";
import { STRINGS } from "../strings";
import { Bi } from "./Bi";
import { PANE_LAYOUT } from "./paneLayout";
import { SourceList } from "./SourceList";

/** Inline styles with Fluent's tokens (CSS variables set by FluentProvider), not makeStyles: makeStyles
 * brings Griffel's runtime style compiler (stylis, rtl-css-js, ~9 KB gzipped) into the initial script;
 * Fluent's own components ship with precompiled styles and do not need it. */
const styles = {
  ...PANE_LAYOUT,
  error: {
    padding: tokenVar("spacingHorizontalM"),
    borderRadius: tokenVar("borderRadiusMedium"),
    border: `1px solid ${tokenVar("colorPaletteRedBorder1")}`,
    backgroundColor: tokenVar("colorPaletteRedBackground1"),
    color: tokenVar("colorNeutralForeground1"),
  },
  retry: {
    marginTop: tokenVar("spacingVerticalS"),
    padding: `${tokenVar("spacingVerticalXS")} ${tokenVar("spacingHorizontalM")}`,
    borderRadius: tokenVar("borderRadiusMedium"),
    border: `1px solid ${tokenVar("colorNeutralStroke1")}`,
    backgroundColor: tokenVar("colorNeutralBackground1"),
    color: tokenVar("colorNeutralForeground1"),
    fontFamily: "inherit",
    fontSize: tokenVar("fontSizeBase300"),
    cursor: "pointer",
  },
} satisfies Record<string, React.CSSProperties>;

export interface FirstPaintProps {
  summary: CatalogSummary;
  selected: readonly string[];
  onChange(selected: string[]): void;
  /** Set when the rest of the pane could not be loaded. */
  error?: string;
  onRetry(): void;
}

export function FirstPaint({ summary, selected, onChange, error, onRetry }: FirstPaintProps): React.JSX.Element {
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <main style={styles.root} lang="zh-CN">
      <header>
        <h1 style={styles.title}>
          <Bi k="product" />
        </h1>
        <p style={styles.tagline}>
          <Bi k="tagline" />
        </p>
      </header>
      <section aria-labelledby="db-sources-title">
        <h2 id="db-sources-title">
          <Bi k="sources" />
        </h2>
        <SourceList sources={summary.sources} counts={(id) => summary.counts[id]} selected={selected} onToggle={toggle} />
      </section>
      {error ? (
        <div role="alert" style={styles.error}>
          <div>
            <strong>
              <Bi k="loadFailed" />
            </strong>
          </div>
          <small>{error}</small>
          <div>
            <button type="button" style={styles.retry} onClick={onRetry}>
              {STRINGS.retry.zh} {STRINGS.retry.en}
            </button>
          </div>
        </div>
      ) : (
        <Spinner size="small" label={`${STRINGS.loading.zh} ${STRINGS.loading.en}`} />
      )}
      <footer>
        <small>
          {STRINGS.catalogVersion.zh} {STRINGS.catalogVersion.en}: {summary.version}
        </small>
      </footer>
    </main>
  );
}
