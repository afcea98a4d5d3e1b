/** The rubric engine: SCORE, TIER, their native formulas, and the bank evaluation sheet's rows. */
export { score, scoreById, scoreItem, explainScore, type ScoreArgs, type ScoreResult } from "./score";
export { tier, tierLabel, isVetoWord, VETO_WORDS } from "./tier";
export { itemBounds, nominalPoints, type PointBounds } from "./bounds";
export { bankEvaluationRows, type BankItemRow } from "./bankRows";
export { rubricUnits, annexRowFor, annexValue, findAnnex, unitRows, totalRow } from "./annex";
export { nativeScoreFormula, nativeTierFormula, type ScoreCells, type NativeOptions } from "./native";
export { RUBRIC_KINDS, itemKind, type ItemKind, type ItemKindTable } from "./kinds";
