/**
 * The first paint as HTML, rendered at build time (webpack.config.js puts it into taskpane.html): the
 * product name and the list of sources, styled, before any of our scripts has been fetched or run. On
 * a slow PC React DOM, Fluent and our bundles take ~1 s to evaluate; the list is on screen as soon as
 * the page is parsed instead.
 *
 * The page keeps it in an inert <template>; the ES5 guard (./legacyGuard.js) shows it in a current
 * engine when the page is visible (not in the shared runtime's hidden page, which builds no pane UI, and
 * not in Internet Explorer, which gets its message instead). Its checkboxes are real <input>s, so a
 * user can tick sources at once; ./index.tsx then renders the same first paint with React, taking over
 * the ticks and the focus (./App.tsx), and React replaces this markup in the same commit.
 *
 * Rendered the way Fluent documents server rendering: Griffel's renderer collects the components'
 * CSS (renderToStyleElements) and FluentProvider writes its theme's CSS variables into a <style>
 * (react.fluentui.dev, "Concepts/Developer/Server-Side Rendering"). The ids carry their own prefix so
 * that they never collide with those of the React tree that replaces this one.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import {
  FluentProvider,
  IdPrefixProvider,
  RendererProvider,
  createDOMRenderer,
  renderToStyleElements,
  webLightTheme,
} from "@fluentui/react-components";
import summary from "../catalog/summary";
import { FirstPaint } from "./components/FirstPaint";

/**
 * Without React, a ticked checkbox must still look ticked: Fluent's Checkbox colours its box from a
 * class React sets and renders the check mark only when checked (`useCheckboxStyles`, `useCheckbox`),
 * so the static list takes the same colours from the input's own :checked state and draws the mark.
 */
const STATIC_CHECKED_CSS =
  ".fui-Checkbox__input:checked~.fui-Checkbox__indicator{" +
  "--fui-Checkbox__indicator--backgroundColor:var(--colorCompoundBrandBackground);" +
  "--fui-Checkbox__indicator--color:var(--colorNeutralForegroundInverted);" +
  "--fui-Checkbox__indicator--borderColor:var(--colorCompoundBrandBackground)}" +
  ".fui-Checkbox__input:checked~.fui-Checkbox__indicator::after{content:'';width:3px;height:7px;margin-bottom:2px;" +
  "border:solid var(--colorNeutralForegroundInverted);border-width:0 1.5px 1.5px 0;transform:rotate(45deg)}";

/**
 * Griffel's own attributes off the static <style>s: on the client Griffel adopts style elements that
 * carry them as its stylesheets (rehydration), and these leave the page when React replaces the
 * static markup; Griffel then inserts its own.
 */
const withoutGriffelAttributes = (html: string) => html.replace(/ data-(make-styles-[a-z]+|priority)="[^"]*"/g, "");

/** The first paint's HTML with its CSS, for the inside of the page's <template>. */
export function firstPaintHtml(): string {
  const renderer = createDOMRenderer();
  const noop = () => undefined;
  const body = renderToStaticMarkup(
    <RendererProvider renderer={renderer}>
      <IdPrefixProvider value="db-static-">
        <FluentProvider theme={webLightTheme}>
          <FirstPaint summary={summary} selected={[]} onChange={noop} onRetry={noop} />
        </FluentProvider>
      </IdPrefixProvider>
    </RendererProvider>,
  );
  const styles = withoutGriffelAttributes(renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>));
  return `${styles}<style>${STATIC_CHECKED_CSS}</style>${body}`;
}
