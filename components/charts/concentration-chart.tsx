'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ConcentrationGroup } from '@/lib/report/chart-data';
import { goToSource } from './go-to-source';
import { GRID, MUTED_INK, REST as REST_FILL, SERIES, SURFACE } from './palette';

const REST = 'All other customers';

/** One stacked bar per period: each named customer's share of sales, then everyone else. */
export function ConcentrationChart({ groups }: { groups: ConcentrationGroup[] }) {
  const customers = [...new Set(groups.flatMap((g) => g.shares.map((s) => s.customer)))];
  const order = new Map(customers.map((c, i) => [c, i] as const));
  const data = groups.map((g) => ({
    label: `${g.label} · ${g.basis}`,
    ...Object.fromEntries(g.shares.map((s) => [s.customer, s.share])),
    [REST]: g.rest,
    anchors: Object.fromEntries(g.shares.map((s) => [s.customer, s.anchor])),
  }));
  const percent = (value: unknown) => (typeof value === 'number' && value > 0 ? `${value}%` : '');
  return (
    <ResponsiveContainer width="100%" height={70 + groups.length * 44}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, left: 8, bottom: 0 }}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v) => `${v}%`} tick={{ fontSize: 10 }} />
        <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 10 }} />
        <Tooltip formatter={(value, name) => [percent(value), name]} />
        {/* In stack order: the named customers as the release lists them, everyone else last. */}
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={(item) => order.get(String(item.dataKey)) ?? customers.length} formatter={(value) => <span className="text-slate-700">{value}</span>} />
        {customers.map((customer, i) => (
          <Bar
            isAnimationActive={false}
            key={customer}
            dataKey={customer}
            stackId="share"
            fill={SERIES[i % SERIES.length]}
            cursor="pointer"
            onClick={(bar) => goToSource(bar.payload.anchors[customer])}
          >
            <LabelList dataKey={customer} position="center" formatter={percent} style={{ fontSize: 10, fill: SURFACE }} />
          </Bar>
        ))}
        <Bar isAnimationActive={false} dataKey={REST} stackId="share" fill={REST_FILL}>
          <LabelList dataKey={REST} position="center" formatter={percent} style={{ fontSize: 10, fill: MUTED_INK }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
