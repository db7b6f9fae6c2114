import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the dashboard draws: the full library would triple the bundle.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** One ECharts chart, resized with its box; `label` is what a screen reader hears instead of the canvas. */
export function Chart({
  option,
  label,
  height = 320,
}: {
  option: echarts.EChartsCoreOption;
  label: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current);
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}
