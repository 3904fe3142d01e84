/**
 * The ribbon command's function file (manifest FunctionFile). The Home-tab button uses the
 * ShowTaskpane action, which needs no code; Office still loads this page and waits for
 * Office.onReady, so it must initialise.
 */
Office.onReady(() => {
  // Nothing to register: the ribbon button only opens the task pane.
});

export {};
