/**
 * The first paint styles its list with tokenVar() instead of Fluent's `tokens` object (which would put
 * every token's string into the initial script): each name must give exactly Fluent's CSS value, or
 * the first paint's colours and spacing would differ from the full pane's.
 */
import { tokens } from "@fluentui/react-components";
import { tokenVar, type PlainToken } from "../../src/taskpane/components/tokenVar";

test("tokenVar(name) is Fluent's tokens[name] for every token without a fallback", () => {
  const names = Object.keys(tokens).filter((k) => !k.startsWith("zIndex")) as PlainToken[];
  expect(names.length).toBeGreaterThan(400);
  for (const name of names) expect(tokenVar(name)).toBe(tokens[name]);
});
