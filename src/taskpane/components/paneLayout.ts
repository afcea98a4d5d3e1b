import { tokenVar } from "./tokenVar";

/**
 * The pane's page layout, one definition for the first paint (inline styles, see FirstPaint.tsx) and
 * the full pane (makeStyles in Pane.tsx), so the source list does not move when one replaces the other.
 */
export const PANE_LAYOUT = {
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokenVar("spacingVerticalM"),
    padding: tokenVar("spacingHorizontalM"),
    color: tokenVar("colorNeutralForeground1"),
    backgroundColor: tokenVar("colorNeutralBackground1"),
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  title: { margin: 0, fontSize: tokenVar("fontSizeBase500") },
  tagline: { margin: 0, color: tokenVar("colorNeutralForeground2") },
} as const;
