/**
 * The JSON Schema of a user's catalog file, generated from the zod schema (zod's z.toJSONSchema,
 * zod.dev/json-schema), so that other tools and editors can check a file. docs/catalog.schema.json is
 * this, written by scripts/catalog-schema.js; a test regenerates it and compares, so it cannot drift.
 * Checks zod runs in code (ID prefixes, duplicates, a range's min ≤ max) are not expressible in JSON
 * Schema: `duibiao catalog validate` runs them all.
 */
import { z } from "zod";
import { CatalogFile } from "./catalog";

export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogFile, {
    // The file as written: keys with a default may be left out.
    io: "input",
    target: "draft-2020-12",
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      // The loader refuses a key the schema does not know; say so here too.
      if (json.type === "object" && json.properties && json.additionalProperties === undefined)
        json.additionalProperties = false;
    },
  });
  return {
    ...schema,
    title: "对标 Duibiao 目录文件 / catalog file",
    description:
      "自己的政策来源及其指标、任务、奖补规则（docs/CATALOG.md）/ your own policy sources with their indicators, tasks and incentive rules (docs/CATALOG.md)",
  };
}

/** The file's text: two-space indentation and a final line break. */
export function catalogJsonSchemaText(): string {
  return JSON.stringify(catalogJsonSchema(), null, 2) + "\n";
}
