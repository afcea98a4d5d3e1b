/**
 * The chart of status per 类别 (its own chunk, loaded when the 进度看板 opens: the chart library is
 * not in the pane's first paint). @fluentui/react-charts is Fluent UI v9's chart library: its
 * styles, tokens and popovers are the pane's own, and it reads the theme from the FluentProvider.
 * https://github.com/microsoft/fluentui/tree/master/packages/charts/react-charts
 */
import * as React from "react";
import { DataVizPalette, getColorFromToken, HorizontalBarChart, type ChartProps } from "@fluentui/react-charts";
import { STATUS_ORDER, type CountGroup, type StatusBucket } from "../../core/progress";

/** The palette's status colours, from best to no data (exhaustive over the buckets). */
function statusColor(status: StatusBucket): string {
  switch (status) {
    case "已达标":
      return getColorFromToken(DataVizPalette.highSuccess);
    case "正常":
      return getColorFromToken(DataVizPalette.success);
    case "预警":
      return getColorFromToken(DataVizPalette.warning);
    case "滞后":
      return getColorFromToken(DataVizPalette.error);
    case "未达标":
      return getColorFromToken(DataVizPalette.highError);
    case "无数据":
      return getColorFromToken(DataVizPalette.disabled);
    default: {
      const unknown: never = status;
      throw new Error(`未知状态 ${String(unknown)} / unknown status`);
    }
  }
}

/** One stacked bar per category: its indicators by status. */
export function chartData(groups: readonly CountGroup[]): ChartProps[] {
  return groups.map((g) => ({
    chartTitle: `${g.label}（${g.total}）`,
    chartData: STATUS_ORDER.filter((s) => g.counts[s] > 0).map((s) => ({
      legend: s,
      horizontalBarChartdata: { x: g.counts[s], total: g.total },
      color: statusColor(s),
      xAxisCalloutData: g.label,
      yAxisCalloutData: String(g.counts[s]),
    })),
  }));
}

export function StatusChart({ groups }: { groups: readonly CountGroup[] }): React.JSX.Element {
  const data = chartData(groups);
  return <HorizontalBarChart data={data} hideRatio={data.map(() => true)} barHeight={14} culture="zh-CN" />;
}
