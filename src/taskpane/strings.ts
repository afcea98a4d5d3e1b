/**
 * The words of the pane's first paint (the list of sources, loading, a failed load): Chinese first,
 * English second (shown smaller). The full pane's words are in ./components/paneStrings.ts, the
 * board's and the report's beside them: each loads with the chunk that shows it, so the initial script
 * carries only these (docs/PERFORMANCE.md, "Bundle sizes").
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export const s = (zh: string, en: string): Bilingual => ({ zh, en });

export const STRINGS = {
  product: s("对标", "Duibiao"),
  tagline: s("政策目标对标与奖补测算", "Policy targets and incentives in Excel"),
  sources: s("政策来源", "Sources"),
  kindIndicators: s("指标", "Indicators"),
  kindTasks: s("任务", "Tasks"),
  kindRules: s("奖补规则", "Incentive rules"),
  kindRubric: s("考评办法", "Scoring rubric"),
  catalogVersion: s("目录版本", "Catalog version"),
  loading: s("正在加载…", "Loading…"),
  loadFailed: s(
    "部分程序未能加载，可能是网络或服务器问题：请检查网络后重试",
    "Part of the add-in could not be loaded, perhaps a network or server problem: check the connection and try again",
  ),
  retry: s("重试", "Try again"),
} as const;

export type StringKey = keyof typeof STRINGS;

export function zh(key: StringKey): string {
  return STRINGS[key].zh;
}

/** "中文 English", for aria labels and plain text. */
export function bilingualText(key: StringKey): string {
  return `${STRINGS[key].zh} ${STRINGS[key].en}`;
}
