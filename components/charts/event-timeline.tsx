'use client';

import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { timeAxis, type TimelinePoint } from '@/lib/report/chart-data';
import { goToSource } from './go-to-source';
import { GRID, INK, SERIES, SURFACE } from './palette';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthYear(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

type Dot = { cx?: number; cy?: number; payload?: TimelinePoint };

/** Past events are filled dots, expected ones hollow rings. */
function eventDot(color: string) {
  return function EventDot({ cx = 0, cy = 0, payload }: Dot) {
    return payload?.expected ? (
      <circle cx={cx} cy={cy} r={6} fill={SURFACE} stroke={color} strokeWidth={2.5} />
    ) : (
      <circle cx={cx} cy={cy} r={6} fill={color} />
    );
  };
}

function EventTip({ active, payload }: { active?: boolean; payload?: { payload: TimelinePoint }[] }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="max-w-xs rounded-md border border-slate-200 bg-white p-2 text-xs shadow">
      <p className="font-medium">{point.typeLabel} · {point.date}{point.expected ? ' (expected)' : ''}</p>
      <p className="text-slate-600">{point.summary.slice(0, 160)}</p>
    </div>
  );
}

// How much of its lane a span's band takes, above and below the lane's line.
const BAND = 0.22;

/**
 * Events on a time axis, one lane per type, coloured by type, with the release date marked. An
 * event dated by a year, quarter or month is drawn as a band over that span, its dot at the middle.
 */
export function EventTimeline({ points, releasedAt }: { points: TimelinePoint[]; releasedAt: number | null }) {
  const types = [...new Set(points.map((p) => p.typeLabel))];
  const { domain, ticks } = timeAxis([...points.flatMap((p) => [p.start, p.end]), ...(releasedAt === null ? [] : [releasedAt])]);
  const lane = (p: TimelinePoint) => types.indexOf(p.typeLabel);
  return (
    <ResponsiveContainer width="100%" height={60 + types.length * 30}>
      <ScatterChart margin={{ top: 16, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid stroke={GRID} />
        <XAxis type="number" dataKey="at" domain={domain} ticks={ticks} tickFormatter={monthYear} tick={{ fontSize: 10 }} scale="time" />
        <YAxis type="number" dataKey="lane" domain={[-0.5, types.length - 0.5]} ticks={types.map((_, i) => i)} tickFormatter={(i: number) => types[i] ?? ''} width={100} tick={{ fontSize: 10 }} reversed />
        <Tooltip content={<EventTip />} cursor={false} />
        {points
          .filter((p) => p.end > p.start)
          .map((p) => (
            <ReferenceArea
              key={`${p.anchor}-${p.date}`}
              data-testid="event-span"
              x1={p.start}
              x2={p.end}
              y1={lane(p) - BAND}
              y2={lane(p) + BAND}
              fill={SERIES[lane(p) % SERIES.length]}
              fillOpacity={0.2}
              stroke={SERIES[lane(p) % SERIES.length]}
              strokeOpacity={0.6}
              ifOverflow="visible"
            />
          ))}
        {releasedAt !== null && <ReferenceLine x={releasedAt} stroke={INK} strokeDasharray="4 3" label={{ value: 'Release', position: 'top', fontSize: 10 }} />}
        {types.map((type, lane) => (
          <Scatter
            isAnimationActive={false}
            key={type}
            name={type}
            data={points.filter((p) => p.typeLabel === type).map((p) => ({ ...p, lane }))}
            fill={SERIES[lane % SERIES.length]}
            shape={eventDot(SERIES[lane % SERIES.length]!)}
            cursor="pointer"
            onClick={(point: { payload?: TimelinePoint }) => goToSource(point.payload?.anchor)}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
