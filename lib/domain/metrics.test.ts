import { describe, expect, it } from 'vitest';
import { METRIC_IDS, METRICS, rankedMetrics, shortMetricName } from './metrics';
import { MetricNameSchema } from './release';

describe('the metric definition table', () => {
  it('lists the metrics in income-statement order, and the contract accepts exactly those', () => {
    expect(METRIC_IDS).toEqual(['revenue', 'gross_profit', 'operating_income', 'pretax_income', 'net_income', 'eps_basic', 'eps_diluted', 'eps']);
    expect(MetricNameSchema.options).toEqual(METRIC_IDS);
  });

  it('orders the headline figures and each chart by their own ranks', () => {
    expect(rankedMetrics('headline')).toEqual(['revenue', 'net_income', 'eps_diluted', 'eps']);
    expect(rankedMetrics('chart', 'USD')).toEqual(['revenue', 'pretax_income', 'net_income']);
    expect(rankedMetrics('chart', 'USD/share')).toEqual(['eps_diluted', 'eps_basic', 'eps']);
  });

  it('gives a short name where a chart has one, else the display name', () => {
    expect([shortMetricName('pretax_income'), shortMetricName('net_income')]).toEqual(['Pre-tax', 'Net income']);
  });

  it('gives every per-share metric the per-share unit and no row label of its own', () => {
    const perShare = METRIC_IDS.filter((id) => METRICS[id].unit === 'USD/share');
    expect(perShare).toEqual(['eps_basic', 'eps_diluted', 'eps']);
    expect(perShare.map((id) => METRICS[id].label)).toEqual([null, null, null]);
  });
});
