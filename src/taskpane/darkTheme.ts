/** Fluent's dark theme, as a chunk of its own: only a dark Office loads it (./theme.ts). */
export { webDarkTheme } from "@fluentui/react-components";
