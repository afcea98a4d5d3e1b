/**
 * Where the pane runs and which catalog the functions use (docs/WORKBOOK.md, "The embedded catalog").
 * Every Excel that loads the add-in has the Excel API sets the pane uses
 * (../../workbook/office/capabilities.ts); what can still differ is whether custom functions exist.
 * In a plain browser the pane says which hosts the add-in needs and that the portable copy serves the
 * others.
 */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Capabilities } from "../../workbook/office/capabilities";
import type { EmbeddedStatus } from "../model";
import { Bi } from "./Bi";
import { PANE_STRINGS } from "./paneStrings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function CapabilityBar({ capabilities, embedded }: { capabilities: Capabilities; embedded: EmbeddedStatus }): React.JSX.Element {
  const styles = useStyles();
  const c = capabilities;
  return (
    <section aria-label="运行环境 This Excel" className={styles.stack}>
      {c.mode === "web" && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>
              <Bi {...PANE_STRINGS.webMode} />
            </MessageBarTitle>
            <Bi {...PANE_STRINGS.hosts} />
          </MessageBarBody>
        </MessageBar>
      )}
      {c.mode === "excel" && (
        <MessageBar intent={c.customFunctions ? "success" : "warning"}>
          <MessageBarBody>
            <Bi {...PANE_STRINGS[c.customFunctions ? "cfYes" : "cfNo"]} />
          </MessageBarBody>
        </MessageBar>
      )}
      {embedded.state === "ok" && (
        <MessageBar intent={embedded.sameAsAddin ? "info" : "warning"}>
          <MessageBarBody>
            <MessageBarTitle>
              <Bi {...PANE_STRINGS.embedded} />
            </MessageBarTitle>
            {embedded.version}：<Bi {...PANE_STRINGS[embedded.sameAsAddin ? "embeddedSame" : "embeddedOther"]} />
          </MessageBarBody>
        </MessageBar>
      )}
      {embedded.state === "ok" && embedded.recalcFailed && (
        <MessageBar intent="error">
          <MessageBarBody>
            <Bi {...PANE_STRINGS.recalcFailed} />
          </MessageBarBody>
        </MessageBar>
      )}
      {embedded.state === "damaged" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>
              <Bi {...PANE_STRINGS.embeddedDamaged} />
            </MessageBarTitle>
            {embedded.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
