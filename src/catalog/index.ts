/**
 * The built-in catalog: one folder per source under ./sources, assembled and validated here once.
 */
import {
  Catalog,
  type CatalogInput,
  type IndicatorInput,
  type RuleInput,
  type SourceInput,
  type TaskInput,
} from "../core/schema";
import { catalogVersion } from "./version";
import { source as DY_MFG_2024_source } from "./sources/DY-MFG-2024/source";
import { indicators as DY_MFG_2024_indicators } from "./sources/DY-MFG-2024/indicators";
import { tasks as DY_MFG_2024_tasks } from "./sources/DY-MFG-2024/tasks";
import { rules as DY_MFG_2024_rules } from "./sources/DY-MFG-2024/rules";
import { source as EZ_IND_2027_source } from "./sources/EZ-IND-2027/source";
import { indicators as EZ_IND_2027_indicators } from "./sources/EZ-IND-2027/indicators";
import { tasks as EZ_IND_2027_tasks } from "./sources/EZ-IND-2027/tasks";
import { rules as EZ_IND_2027_rules } from "./sources/EZ-IND-2027/rules";
import { source as HS_QUALITY_2024_source } from "./sources/HS-QUALITY-2024/source";
import { indicators as HS_QUALITY_2024_indicators } from "./sources/HS-QUALITY-2024/indicators";
import { tasks as HS_QUALITY_2024_tasks } from "./sources/HS-QUALITY-2024/tasks";
import { rules as HS_QUALITY_2024_rules } from "./sources/HS-QUALITY-2024/rules";
import { source as HS_CLUSTER_2026_source } from "./sources/HS-CLUSTER-2026/source";
import { indicators as HS_CLUSTER_2026_indicators } from "./sources/HS-CLUSTER-2026/indicators";
import { tasks as HS_CLUSTER_2026_tasks } from "./sources/HS-CLUSTER-2026/tasks";
import { rules as HS_CLUSTER_2026_rules } from "./sources/HS-CLUSTER-2026/rules";
import { source as HS_PROVTASKS_2024_source } from "./sources/HS-PROVTASKS-2024/source";
import { indicators as HS_PROVTASKS_2024_indicators } from "./sources/HS-PROVTASKS-2024/indicators";
import { tasks as HS_PROVTASKS_2024_tasks } from "./sources/HS-PROVTASKS-2024/tasks";
import { rules as HS_PROVTASKS_2024_rules } from "./sources/HS-PROVTASKS-2024/rules";
import { source as HS_BANK_2024_source } from "./sources/HS-BANK-2024/source";
import { indicators as HS_BANK_2024_indicators } from "./sources/HS-BANK-2024/indicators";
import { tasks as HS_BANK_2024_tasks } from "./sources/HS-BANK-2024/tasks";
import { rules as HS_BANK_2024_rules } from "./sources/HS-BANK-2024/rules";
import { source as HS_SMEDIGI_2025_source } from "./sources/HS-SMEDIGI-2025/source";
import { indicators as HS_SMEDIGI_2025_indicators } from "./sources/HS-SMEDIGI-2025/indicators";
import { tasks as HS_SMEDIGI_2025_tasks } from "./sources/HS-SMEDIGI-2025/tasks";
import { rules as HS_SMEDIGI_2025_rules } from "./sources/HS-SMEDIGI-2025/rules";
import { source as DY_INNOV_2024_source } from "./sources/DY-INNOV-2024/source";
import { indicators as DY_INNOV_2024_indicators } from "./sources/DY-INNOV-2024/indicators";
import { tasks as DY_INNOV_2024_tasks } from "./sources/DY-INNOV-2024/tasks";
import { rules as DY_INNOV_2024_rules } from "./sources/DY-INNOV-2024/rules";
import { source as HS_EQUIP_2025_source } from "./sources/HS-EQUIP-2025/source";
import { indicators as HS_EQUIP_2025_indicators } from "./sources/HS-EQUIP-2025/indicators";
import { tasks as HS_EQUIP_2025_tasks } from "./sources/HS-EQUIP-2025/tasks";
import { rules as HS_EQUIP_2025_rules } from "./sources/HS-EQUIP-2025/rules";
import { rubric as HS_BANK_2024_rubric } from "./sources/HS-BANK-2024/rubric";

/** The catalog data before validation and versioning. */
export function builtInCatalogData(): Omit<CatalogInput, "version"> {
  const present = <T>(x: T | null): x is T => x !== null;
  return {
    sources: (
      [
        DY_MFG_2024_source,
        EZ_IND_2027_source,
        HS_QUALITY_2024_source,
        HS_CLUSTER_2026_source,
        HS_PROVTASKS_2024_source,
        HS_BANK_2024_source,
        HS_SMEDIGI_2025_source,
        DY_INNOV_2024_source,
        HS_EQUIP_2025_source,
      ] as (SourceInput | null)[]
    ).filter(present),
    indicators: ([] as IndicatorInput[]).concat(
      DY_MFG_2024_indicators,
      EZ_IND_2027_indicators,
      HS_QUALITY_2024_indicators,
      HS_CLUSTER_2026_indicators,
      HS_PROVTASKS_2024_indicators,
      HS_BANK_2024_indicators,
      HS_SMEDIGI_2025_indicators,
      DY_INNOV_2024_indicators,
      HS_EQUIP_2025_indicators,
    ),
    tasks: ([] as TaskInput[]).concat(
      DY_MFG_2024_tasks,
      EZ_IND_2027_tasks,
      HS_QUALITY_2024_tasks,
      HS_CLUSTER_2026_tasks,
      HS_PROVTASKS_2024_tasks,
      HS_BANK_2024_tasks,
      HS_SMEDIGI_2025_tasks,
      DY_INNOV_2024_tasks,
      HS_EQUIP_2025_tasks,
    ),
    rules: ([] as RuleInput[]).concat(
      DY_MFG_2024_rules,
      EZ_IND_2027_rules,
      HS_QUALITY_2024_rules,
      HS_CLUSTER_2026_rules,
      HS_PROVTASKS_2024_rules,
      HS_BANK_2024_rules,
      HS_SMEDIGI_2025_rules,
      DY_INNOV_2024_rules,
      HS_EQUIP_2025_rules,
    ),
    rubrics: [HS_BANK_2024_rubric].filter(present),
  };
}

let cached: Catalog | undefined;

/** The validated built-in catalog (parsed once per process). */
export function builtInCatalog(): Catalog {
  if (!cached) {
    const data = builtInCatalogData();
    cached = Catalog.parse({ ...data, version: catalogVersion(data) });
  }
  return cached;
}
