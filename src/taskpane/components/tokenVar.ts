import type { Theme } from "@fluentui/react-components";

/** Fluent's token names whose CSS value is exactly `var(--name)` (the zIndex tokens carry a fallback). */
export type PlainToken = Exclude<keyof Theme, `zIndex${string}`>;

/**
 * A Fluent design token as the CSS variable FluentProvider sets: the same string as `tokens[name]`
 * (test/taskpane/tokenVar.test.ts checks every name). For the pane's first paint only: importing
 * Fluent's `tokens` object puts all ~470 of its strings (~3 KB gzipped) into the initial script, as
 * a bundler cannot drop an object's unused properties; the full pane (a lazy chunk) uses `tokens`.
 */
export const tokenVar = <K extends PlainToken>(name: K): `var(--${K})` => `var(--${name})`;
