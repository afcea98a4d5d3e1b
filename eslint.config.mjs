// Lint = Microsoft's office-addins rules (sync/load misuse of office.js) + typescript-eslint + prettier.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "node_modules/**", "out/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, ...globals.jest, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      // A zod schema and its inferred type share a name (`export const X = z.object(…); export type X = …`).
      "no-redeclare": "off",
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": (await import("@typescript-eslint/eslint-plugin")).default },
    rules: { "@typescript-eslint/no-unused-vars": "error" },
  },
  { files: ["**/*.{js,cjs}"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];
