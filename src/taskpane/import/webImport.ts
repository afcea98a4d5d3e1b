/**
 * The import on the web page (the pane outside Excel): no workbook to hold the user's sources, so
 * they live in the page until it is closed, and "导入" downloads the template with them, built by the
 * same plan and .xlsx renderer as every download (its embedded catalog carries the user's source).
 */
import type { Catalog } from "../../core/schema";
import { webDownloader } from "../web/download";
import type { Importer } from "./types";

export function webImporter(builtIn: Catalog): Importer {
  let current = builtIn;
  return {
    mode: "web",
    baseCatalog: () => Promise.resolve(current),
    async apply(catalog, newSourceIds, options) {
      await webDownloader(catalog)({ sourceIds: newSourceIds, form: options.form, reportDate: options.reportDate });
      current = catalog;
      return `已下载含 ${newSourceIds.join("、")} 的工作簿 / downloaded a workbook with ${newSourceIds.join(", ")}`;
    },
  };
}
