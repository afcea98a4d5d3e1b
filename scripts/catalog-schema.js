#!/usr/bin/env node
// Writes docs/catalog.schema.json, the JSON Schema of a user's catalog file, from the zod schema
// (src/core/schema/jsonSchema.ts). test/catalog/json-schema.test.ts fails when the file is stale:
// run `npm run catalog-schema` after changing the schema.
require("tsx/cjs");
const fs = require("fs");
const path = require("path");
const { catalogJsonSchemaText } = require("../src/core/schema/jsonSchema.ts");

const OUT = path.join(__dirname, "..", "docs", "catalog.schema.json");
fs.writeFileSync(OUT, catalogJsonSchemaText());
console.log(`JSON Schema → ${path.relative(process.cwd(), OUT)}`);
