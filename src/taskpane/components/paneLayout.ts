import { tokens } from "@fluentui/react-components";

/**
 * The pane's page layout, one definition for the first paint (inline styles, see FirstPaint.tsx) and
 * the full pane (makeStyles in Pane.tsx), so the source list does not move when one replaces the other.
 */
export const PANE_LAYOUT = {
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
} as const;
