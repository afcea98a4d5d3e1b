/**
 * Entry of the custom functions bundle (namespace POLICY). Each src/functions/<area>.ts holds the
 * JSDoc-described functions of one area; webpack bundles them after this file and
 * custom-functions-metadata-plugin appends their CustomFunctions.associate calls and writes
 * functions.json. Nothing here may import React or the task pane: this bundle has a size bar.
 */
export {};
