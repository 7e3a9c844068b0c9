import type { ReleaseEvent } from '@/lib/domain/release';

/** Event types as an analyst says them. */
export const EVENT_LABELS: Record<ReleaseEvent['type'], string> = {
  contract_award: 'Contract award', contract_end: 'Contract end', order: 'Order', partnership: 'Partnership',
  impairment: 'Impairment', charge: 'Charge', restructuring: 'Restructuring', relocation: 'Relocation',
  facility: 'Facility', debt_default: 'Debt default', financing: 'Financing', acquisition: 'Acquisition',
  divestiture: 'Divestiture', filing: 'Filing', restatement: 'Restatement', legal: 'Legal', leadership: 'Leadership',
  dividend: 'Dividend', stock_split: 'Stock split', buyback: 'Buyback', listing: 'Listing', product: 'Product', other: 'Other',
};
