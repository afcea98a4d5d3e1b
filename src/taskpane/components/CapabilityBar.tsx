/** What this Excel can do, and which catalog the functions use (SPEC §6). */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { FEATURE_SETS, MIN_EXCEL_API, minorOf, type Capabilities, type Feature } from "../../workbook/office/capabilities";
import { Bi } from "./Bi";

export type EmbeddedStatus =
  | { state: "none" }
  | { state: "ok"; version: string; sources: string[]; sameAsAddin: boolean }
  | { state: "damaged"; message: string };

const FEATURE_NAMES: Record<Feature, { zh: string; en: string }> = {
  names: { zh: "名称", en: "names" },
  protection: { zh: "工作表保护", en: "sheet protection" },
  conditionalFormats: { zh: "条件格式高亮", en: "highlights" },
  freezePanes: { zh: "冻结表头", en: "frozen headers" },
  tabColor: { zh: "标签颜色", en: "tab colours" },
  namedItemFormula: { zh: "名称更新", en: "name updates" },
  dataValidation: { zh: "下拉列表", en: "dropdowns" },
};

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function CapabilityBar({ capabilities, embedded }: { capabilities: Capabilities; embedded: EmbeddedStatus }): React.JSX.Element {
  const styles = useStyles();
  const c = capabilities;
  const missing =
    c.mode === "excel"
      ? (Object.keys(FEATURE_SETS) as Feature[]).filter((f) => f !== "namedItemFormula" && c.excelApi < minorOf(FEATURE_SETS[f]))
      : [];
  return (
    <section aria-label="运行环境 This Excel" className={styles.stack}>
      {c.mode === "web" && (
        <MessageBar intent="info">
          <MessageBarBody>
            <Bi k="webMode" />
          </MessageBarBody>
        </MessageBar>
      )}
      {c.mode === "excel" && c.excelApi < minorOf(MIN_EXCEL_API) && (
        <MessageBar intent="error">
          <MessageBarBody>
            <Bi k="tooOld" />
          </MessageBarBody>
        </MessageBar>
      )}
      {c.mode === "excel" && (
        <MessageBar intent={c.customFunctions ? "success" : "warning"}>
          <MessageBarBody>
            <Bi k={c.customFunctions ? "cfYes" : "cfNo"} />
          </MessageBarBody>
        </MessageBar>
      )}
      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              <Bi k="skipped" />
            </MessageBarTitle>
            {missing.map((f) => `${FEATURE_NAMES[f].zh} ${FEATURE_NAMES[f].en}（ExcelApi ${FEATURE_SETS[f]}）`).join("；")}
          </MessageBarBody>
        </MessageBar>
      )}
      {embedded.state === "ok" && (
        <MessageBar intent={embedded.sameAsAddin ? "info" : "warning"}>
          <MessageBarBody>
            <MessageBarTitle>
              <Bi k="embedded" />
            </MessageBarTitle>
            {embedded.version}：<Bi k={embedded.sameAsAddin ? "embeddedSame" : "embeddedOther"} />
          </MessageBarBody>
        </MessageBar>
      )}
      {embedded.state === "damaged" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>
              <Bi k="embeddedDamaged" />
            </MessageBarTitle>
            {embedded.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
