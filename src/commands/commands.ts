/**
 * Ribbon commands. The ribbon button opens the task pane (ShowTaskpane in the manifest), which needs
 * no code; with the shared runtime this bundle runs on the task pane page and only has to be ready.
 */
Office.onReady(() => {
  // Nothing to associate yet: every ribbon control is declarative.
});
