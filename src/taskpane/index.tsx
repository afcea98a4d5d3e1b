/**
 * Task pane entry. Inside Excel: capabilities from Office.context.requirements, the workbook's
 * embedded catalog, insert into the open workbook. Outside Office (Office.onReady with host null, or
 * office.js not loaded at all) the same pane renders in web mode; the web page issue passes
 * `onDownload` there.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { builtInCatalog } from "../catalog";
import { capabilitiesFrom } from "../workbook/office/capabilities";
import { Pane } from "./components/Pane";
import { excelInserter, loadEmbeddedCatalog } from "./excel";
import { themeFor } from "./theme";
import { webDownloader } from "./web/download";
import type { EmbeddedStatus } from "./components/CapabilityBar";

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("container") as HTMLElement);
  const info = typeof Office !== "undefined" ? await Office.onReady() : { host: null };
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  const capabilities = capabilitiesFrom(info.host, requirements);
  const theme = themeFor(typeof Office !== "undefined" ? Office.context?.officeTheme : undefined);
  let embedded: EmbeddedStatus = { state: "none" };
  if (capabilities.mode === "excel") embedded = await loadEmbeddedCatalog();
  root.render(
    <FluentProvider theme={theme}>
      <Pane
        mode={capabilities.mode}
        catalog={builtInCatalog()}
        capabilities={capabilities}
        embedded={embedded}
        onInsert={capabilities.mode === "excel" ? excelInserter(capabilities) : undefined}
        onDownload={capabilities.mode === "web" ? webDownloader(builtInCatalog()) : undefined}
      />
    </FluentProvider>,
  );
}

void start();
