'use client';

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, periodName } from '@/lib/format';
import type { CompanyPoint } from '@/lib/report/company-view';
import { CURRENT, GRID, SURFACE } from './palette';

type DotProps = { cx?: number; cy?: number; payload?: CompanyPoint & { label: string } };

/** A point that opens the report at the words it came from. */
function PointLink({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  return (
    <a href={`/reports/${payload.reportId}#${payload.anchor}`} data-testid="series-point" aria-label={`${payload.label}: ${formatMoney(payload.value, payload.unit)}`}>
      <circle cx={cx} cy={cy} r={5} fill={CURRENT} stroke={SURFACE} strokeWidth={1.5} cursor="pointer" />
    </a>
  );
}

/** One metric of a company across its periods, each point linking to its source. */
export function CompanySeriesChart({ points, yearEnd, height = 200 }: { points: CompanyPoint[]; yearEnd: number | null; height?: number }) {
  const data = points.map((p) => ({ ...p, label: periodName(p.period, yearEnd) }));
  const unit = points[0]?.unit ?? 'USD';
  const money = (value: unknown) => (typeof value === 'number' ? formatMoney(value, unit) : '');
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 12, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="label" tick={{ fontSize: 10 }} interval="preserveStartEnd" />
        <YAxis tickFormatter={money} tick={{ fontSize: 10 }} width={58} />
        <Tooltip formatter={(value) => money(value)} />
        <Line isAnimationActive={false} type="linear" dataKey="value" stroke={CURRENT} strokeWidth={2} dot={<PointLink />} activeDot={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
