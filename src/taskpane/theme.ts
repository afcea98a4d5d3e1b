/**
 * The Fluent theme matching Office's: dark Office themes get Fluent's dark theme (contrast kept).
 * The dark theme is a chunk of its own (./darkTheme.ts): its colour tables (~1.7 KB gzipped) would
 * otherwise be in every start's initial script (docs/PERFORMANCE.md), for the few panes that are dark.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { retryable } from "./lazy";

/** The theme of the first paint, before Office says which it uses (the page's build-time list is light). */
export const firstPaintTheme: Theme = webLightTheme;

const loadDarkTheme = retryable(() =>
  import(/* webpackChunkName: "theme-dark" */ "./darkTheme").then((m) => m.webDarkTheme),
);

/** Relative luminance of #RRGGBB (WCAG). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The theme for Office's. A dark theme whose chunk cannot be loaded gives the light one (the pane paints
 * its own background, so it stays readable; the pane's own chunks then report the network error), and
 * the next call loads it again.
 */
export async function themeFor(officeTheme?: { bodyBackgroundColor?: string }): Promise<Theme> {
  const bg = officeTheme?.bodyBackgroundColor;
  if (!(bg && luminance(bg) < 0.2)) return webLightTheme;
  return loadDarkTheme().catch(() => webLightTheme);
}
