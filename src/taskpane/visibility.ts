/**
 * When the shared runtime's page is actually shown as the task pane. Excel loads the same page (one
 * runtime for the pane and the custom functions) also when only the functions are needed, the pane not
 * shown; then the page registers the functions and reads the workbook's catalog, and builds the pane's
 * UI only once the pane appears.
 *
 * Office has no getter for the current visibility; it reports changes through
 * Office.addin.onVisibilityModeChanged (SharedRuntime 1.1, "Taskpane" or "Hidden":
 * learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1),
 * learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). At start the page's own
 * document.visibilityState tells a page that is not on screen ("hidden") from one that is. So: a visible
 * page renders at once (as before); a hidden one waits for either signal. A host that reports a hidden
 * runtime as visible only costs the old behaviour (the UI is built), never a blank pane.
 */

interface AddinLike {
  onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void): Promise<unknown>;
}

/** Resolves when the pane is shown (at once if the page is visible now). */
export function whenPaneShown(addin: AddinLike | undefined, doc: Document = document): Promise<void> {
  if (doc.visibilityState !== "hidden") return Promise.resolve();
  return new Promise((resolve) => {
    const onVisibility = () => {
      if (doc.visibilityState !== "hidden") shown();
    };
    const shown = () => {
      doc.removeEventListener("visibilitychange", onVisibility);
      resolve();
    };
    doc.addEventListener("visibilitychange", onVisibility);
    try {
      // "Taskpane" is Office.VisibilityMode.taskpane; the enum itself may be missing from older office.js.
      void addin
        ?.onVisibilityModeChanged((args) => {
          if (args.visibilityMode === "Taskpane") shown();
        })
        ?.catch(() => undefined);
    } catch {
      // No SharedRuntime API here: the page's visibility alone decides.
    }
  });
}
