/** The full pane, loaded after the first paint (a webpack chunk; see ./index.tsx). */
export { Pane } from "./components/Pane";
export { webDownloader } from "./web/download";
export { webImporter } from "./import/webImport";
