/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type checking is `tsc --noEmit` (part of npm test); jest only transpiles.
        tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-manifest is ESM-only deep down; office-addin-mock only needs its OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
  },
  testTimeout: 60000,
};
