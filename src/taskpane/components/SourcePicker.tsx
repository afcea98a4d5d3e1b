/* eslint-disable no-unused-vars -- the base rule flags parameter names of TypeScript method signatures; @typescript-eslint/no-unused-vars checks .tsx */
/**
 * Search and filter the catalog's sources, and tick the ones the workbook is to hold. The user's own
 * sources (from the workbook's embedded catalog) are listed after the built-in ones, marked 自定义,
 * and ticked, searched and filtered like them.
 */
import * as React from "react";
import { Badge, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Catalog } from "../../core/schema";
import { countsOf, filterSources, regionsOf, type SourceFilter, type SourceKind } from "../model";
import { bilingualText } from "../strings";
import { PANE_STRINGS, paneText } from "./paneStrings";
import { Bi } from "./Bi";
import { SourceList } from "./SourceList";

const KIND_KEYS: Record<SourceKind, "kindIndicators" | "kindTasks" | "kindRules" | "kindRubric"> = {
  indicators: "kindIndicators",
  tasks: "kindTasks",
  rules: "kindRules",
  rubric: "kindRubric",
};

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  badges: { display: "inline-flex", columnGap: tokens.spacingHorizontalXS, marginLeft: tokens.spacingHorizontalXS },
});

export interface SourcePickerProps {
  catalog: Catalog;
  selected: string[];
  inWorkbook: string[];
  /** The user's own sources among the catalog's. */
  userSources?: readonly string[];
  onChange(selected: string[]): void;
}

export function SourcePicker({ catalog, selected, inWorkbook, userSources = [], onChange }: SourcePickerProps): React.JSX.Element {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<SourceFilter>({ query: "", region: "", kind: "" });
  const shown = filterSources(catalog, filter);
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <section aria-labelledby="db-sources-title">
      <h2 id="db-sources-title">
        <Bi k="sources" />
      </h2>
      <Field label={paneText("search")}>
        <Input
          type="search"
          value={filter.query}
          placeholder={paneText("searchPlaceholder")}
          onChange={(_, d) => setFilter({ ...filter, query: d.value })}
        />
      </Field>
      <div className={styles.filters}>
        <Field label={paneText("region")}>
          <Select value={filter.region} onChange={(_, d) => setFilter({ ...filter, region: d.value })}>
            <option value="">{paneText("all")}</option>
            {regionsOf(catalog).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={paneText("kind")}>
          <Select value={filter.kind} onChange={(_, d) => setFilter({ ...filter, kind: d.value as SourceKind | "" })}>
            <option value="">{paneText("all")}</option>
            {(Object.keys(KIND_KEYS) as SourceKind[]).map((k) => (
              <option key={k} value={k}>
                {bilingualText(KIND_KEYS[k])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {shown.length === 0 ? (
        <p role="status">
          <Bi {...PANE_STRINGS.noMatch} />
        </p>
      ) : (
        <SourceList
          sources={shown}
          counts={(id) => countsOf(catalog, id)}
          selected={selected}
          onToggle={toggle}
          badge={(id) =>
            (userSources.includes(id) || inWorkbook.includes(id)) && (
              <span className={styles.badges}>
                {userSources.includes(id) && (
                  <Badge
                    appearance="tint"
                    color="brand"
                    title={`${PANE_STRINGS.userSourceHint.zh} / ${PANE_STRINGS.userSourceHint.en}`}
                  >
                    {`${PANE_STRINGS.userSource.zh} ${PANE_STRINGS.userSource.en}`}
                  </Badge>
                )}
                {inWorkbook.includes(id) && (
                  <Badge appearance="tint" color="informative">
                    {PANE_STRINGS.inWorkbook.zh}
                  </Badge>
                )}
              </span>
            )
          }
        />
      )}
    </section>
  );
}
