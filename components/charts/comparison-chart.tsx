'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/lib/format';
import type { ComparisonChart as Chart } from '@/lib/report/chart-data';
import { goToSource } from './go-to-source';
import { CURRENT, GRID, INK, PRIOR } from './palette';


/** Grouped bars: each metric this period beside the year before (its value on hover); a derived prior is hatched. */
export function ComparisonChart({ chart, height = 230 }: { chart: Chart; height?: number }) {
  const money = (value: unknown) => (typeof value === 'number' ? formatMoney(value, chart.unit) : '');
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={chart.bars} margin={{ top: 18, right: 8, left: 8, bottom: 0 }} barGap={2}>
        <defs>
          <pattern id={`derived-${chart.unit}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={GRID} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={PRIOR} strokeWidth="3" />
          </pattern>
        </defs>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} />
        <YAxis tickFormatter={money} tick={{ fontSize: 10 }} width={58} />
        <Tooltip formatter={(value, name, item) => [money(value) + (name === chart.priorLabel && item.payload.priorDerived ? ' (derived)' : ''), name]} />
        {/* In bar order (this period, then the year before), not sorted by name. */}
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={(item) => (item.dataKey === 'current' ? 0 : 1)} formatter={(value) => <span className="text-slate-700">{value}</span>} />
        <Bar isAnimationActive={false} dataKey="current" name={chart.currentLabel} fill={CURRENT} cursor="pointer" onClick={(bar) => goToSource(bar.payload.currentAnchor)}>
          {/* Only this period's bars are labelled: two labels over two adjacent bars run into each other. */}
          <LabelList dataKey="current" position="top" formatter={money} style={{ fontSize: 10, fill: INK }} />
        </Bar>
        {/* No prior figure at all: no empty series in the legend. */}
        {chart.bars.some((bar) => bar.prior !== null) && (
          <Bar isAnimationActive={false} dataKey="prior" name={chart.priorLabel} fill={PRIOR} cursor="pointer" onClick={(bar) => goToSource(bar.payload.priorAnchor)}>
            {chart.bars.map((bar) => (
              <Cell key={bar.name} fill={bar.priorDerived ? `url(#derived-${chart.unit})` : PRIOR} stroke={bar.priorDerived ? PRIOR : undefined} />
            ))}
          </Bar>
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
