/**
 * exceljs 4.4.0 cannot read a table whose columns have child elements (`<calculatedColumnFormula>`,
 * `<totalsRowFormula>`, which Excel writes for every calculated column and so do we): its
 * TableColumnXform ends the column at the first closing tag, the column list comes out short and
 * `load()` throws "Cannot set properties of undefined (setting 'filterButton')" (exceljs issue #1240;
 * the fix, pull request #1936, is unmerged). Tests read workbooks with exceljs, so its reader is taught
 * to skip a column's children. Reading only: exceljs' writer is untouched (the formulas are checked
 * in the table parts themselves, see ooxmlCheck.ts).
 */
interface ColumnXform {
  parseOpen(node: { name: string }): boolean;
  parseClose(name: string): boolean;
  insideColumn?: boolean;
  patchedForChildren?: boolean;
}

const TableColumnXform = require("exceljs/lib/xlsx/xform/table/table-column-xform") as { prototype: ColumnXform };

const proto = TableColumnXform.prototype;
if (!proto.patchedForChildren) {
  const parseOpen = proto.parseOpen;
  proto.parseOpen = function (this: ColumnXform, node) {
    if (node.name === "tableColumn") {
      this.insideColumn = true;
      return parseOpen.call(this, node);
    }
    return !!this.insideColumn;
  };
  proto.parseClose = function (this: ColumnXform, name) {
    if (name !== "tableColumn") return true;
    this.insideColumn = false;
    return false;
  };
  proto.patchedForChildren = true;
}

export {};
