/** Shared helpers of the incentive tests: the catalog the functions use, and error capture. */
import { activeCatalog } from "../../../../src/catalog/active";
import { evaluateRule, explain, subsidy } from "../../../../src/core/incentives/subsidy";

export const ix = activeCatalog();
export const S = (rule: string, amount: unknown, qualifier?: unknown, bound?: unknown): number =>
  subsidy(ix, rule, amount, qualifier, bound);
export const E = (rule: string, amount: unknown, qualifier?: unknown, bound?: unknown): string =>
  explain(ix, rule, amount, qualifier, bound);
export const ev = (rule: string, amount: unknown, qualifier?: unknown, bound?: unknown) =>
  evaluateRule(ix, rule, amount, qualifier, bound);

export { failure } from "../../../support/errors";

/** The 26 fixed rule IDs (docs/CATALOG.md, "Incentive rules"). */
export const SPEC_RULE_IDS = [
  "DY-MFG-2024.R-TECHREFORM",
  "DY-MFG-2024.R-FIRSTSET",
  "DY-MFG-2024.R-NEWSCALE",
  "DY-MFG-2024.R-TOP500",
  "DY-MFG-2024.R-REVENUE",
  "DY-MFG-2024.R-DIGITAL",
  "DY-MFG-2024.R-GREEN",
  "DY-MFG-2024.R-SCRAP-STEEL",
  "DY-MFG-2024.R-SCRAP-AL",
  "DY-MFG-2024.R-HITECH",
  "DY-MFG-2024.R-SCI-AWARD",
  "DY-MFG-2024.R-INSTITUTE",
  "DY-MFG-2024.R-RND-ORG",
  "DY-MFG-2024.R-INCUBATOR",
  "DY-MFG-2024.R-RND-INTENSITY",
  "DY-MFG-2024.R-TECH-TRANSFER",
  "EZ-IND-2027.R-LIVESTREAM",
  "EZ-IND-2027.R-FAMOUS-MARK",
  "EZ-IND-2027.R-HUBEI-BOUTIQUE",
  "EZ-IND-2027.R-PROCUREMENT",
  "HS-QUALITY-2024.R-AWARD",
  "HS-QUALITY-2024.R-NOMINEE",
  "HS-SMEDIGI-2025.R-RETROFIT",
  "HS-SMEDIGI-2025.R-MODEL",
  "HS-SMEDIGI-2025.R-PRODUCT",
  "HS-SMEDIGI-2025.R-PLATFORM",
];
