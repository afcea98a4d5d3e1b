/** Task pane entry (placeholder until the task pane issue lands). */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title2 } from "@fluentui/react-components";

const root = createRoot(document.getElementById("container") as HTMLElement);
root.render(
  <FluentProvider theme={webLightTheme}>
    <Title2>对标 Duibiao</Title2>
  </FluentProvider>,
);
