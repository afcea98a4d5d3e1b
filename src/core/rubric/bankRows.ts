/**
 * The bank evaluation sheet's skeleton (docs/WORKBOOK.md, 银行考评: 16 banks × rubric items
 * prefilled from the annexes): one row per unit × item, with the reference the annex or the text fixes already filled
 * in, and what each input means. The workbook plan lays these out; it computes nothing itself.
 */
import type { Rubric, RubricInputs, RubricKind } from "../schema";
import { rubricUnits } from "./annex";
import { itemBounds, type PointBounds } from "./bounds";
import { itemKind } from "./kinds";

export interface BankItemRow {
  /** The unit as labelled in the annexes (农发行, 工商银行 …). */
  bank: string;
  /** 0-based position of the unit in 附件1, the order every annex uses. */
  bankIndex: number;
  itemId: string;
  itemName: string;
  group: string;
  subgroup?: string;
  kind: RubricKind;
  /** Unit of actual (亿元, 户, % for fractions, 单 for counts, 分 for points); absent for the veto. */
  unit?: string;
  /** This item's points count only through that combined item (S-GUARANTEE's two parts). */
  partOf?: string;
  /** Whether the item's points are added into the unit's total (not the parts, not the veto). */
  countsInTotal: boolean;
  /**
   * The reference SCORE needs, prefilled: the unit's task from the annex ("annex"), or the task the
   * text fixes for all ("default", e.g. 12%); null where the user enters it ("input": a citywide
   * average, a 市定 task) or the item takes none ("none").
   */
  reference: number | null;
  referenceSource: "annex" | "default" | "input" | "none";
  /** The unit's 2023 base from the same annex, where it gives one. */
  base: number | null;
  /** Which of SCORE's optional arguments the item takes, and what each input means. */
  uses: { reference: boolean; extra: boolean };
  inputs: RubricInputs;
  bounds: PointBounds;
}

/** Every unit × every item of the rubric, in annex order then item order. */
export function bankEvaluationRows(rubric: Rubric): BankItemRow[] {
  const rows: BankItemRow[] = [];
  rubricUnits(rubric).forEach((bank, bankIndex) => {
    for (const item of rubric.items) {
      const s = item.params;
      const kind = itemKind(s.kind);
      const given = kind.prefilled?.(s, rubric, bank);
      const reference = given?.reference ?? null;
      const base = given?.base ?? null;
      const referenceSource: BankItemRow["referenceSource"] =
        given?.reference != null ? given.source : item.inputs.reference ? "input" : "none";
      rows.push({
        bank,
        bankIndex,
        itemId: item.id,
        itemName: item.name,
        group: item.group,
        subgroup: item.subgroup,
        kind: s.kind,
        unit: kind.unit(s),
        partOf: item.partOf,
        countsInTotal: !item.partOf && kind.countsInTotal,
        reference,
        referenceSource,
        base,
        uses: { reference: !!item.inputs.reference, extra: !!item.inputs.extra },
        inputs: item.inputs,
        bounds: itemBounds(item),
      });
    }
  });
  return rows;
}
