/** The incentive-rule engine (docs/INCENTIVES.md): SUBSIDY, EXPLAIN and their native Excel equivalents. */
export { compileRule, type CompiledRule } from "./compile";
export { evaluate, type BoundBy, type Evaluation } from "./evaluate";
export { explainEvaluation } from "./explain";
export { compiledRule, evaluateRule, explain, ruleFor, subsidy } from "./subsidy";
export { nativeChooserFormula, nativeFormula, type NativeRefs } from "./native";
export {
  RULE_KIND_SAMPLES,
  RULE_KINDS,
  ruleKind,
  samplesOf,
  type RuleKind,
  type RuleKindTable,
  type SampleInput,
} from "./kinds";
