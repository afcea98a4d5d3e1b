/** The Fluent theme matching Office's: dark Office themes get Fluent's dark theme (contrast kept). */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

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

export function themeFor(officeTheme?: { bodyBackgroundColor?: string }): Theme {
  const bg = officeTheme?.bodyBackgroundColor;
  return bg && luminance(bg) < 0.2 ? webDarkTheme : webLightTheme;
}
