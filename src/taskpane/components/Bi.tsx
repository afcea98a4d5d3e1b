/** Chinese text with its English gloss after it, smaller and quieter (but still ≥ 4.5:1 contrast). */
import * as React from "react";
import { STRINGS, type StringKey } from "../strings";
import { tokenVar } from "./tokenVar";

/** Inline, with Fluent's tokens: Bi is on the pane's first paint, where makeStyles would bring Griffel's
 * style compiler into the initial script. */
const EN_STYLE: React.CSSProperties = {
  color: tokenVar("colorNeutralForeground2"),
  fontSize: tokenVar("fontSizeBase200"),
  marginLeft: tokenVar("spacingHorizontalXS"),
};

export function Bi({ k, zh, en }: { k?: StringKey; zh?: string; en?: string }): React.JSX.Element {
  const z = k ? STRINGS[k].zh : (zh ?? "");
  const e = k ? STRINGS[k].en : (en ?? "");
  return (
    <>
      <span lang="zh-CN">{z}</span>
      {e && (
        <span lang="en" style={EN_STYLE}>
          {e}
        </span>
      )}
    </>
  );
}
