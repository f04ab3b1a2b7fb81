import { describe, expect, it } from 'vitest';
import { badgeFor, iconFor } from '../../../src/services/analysis';
import { fakeDiscrepancy, fakeMatch, fakeTab } from '../ui/helpers';

describe('the toolbar button for a tab', () => {
  it('shows the grey mark and no count where nothing was found or nothing analysed yet', () => {
    expect(iconFor(null)).toBe('idle');
    expect(badgeFor(null)).toEqual({ text: '', tone: 'none' });
    const none = fakeTab({ matches: [], discrepancies: [] });
    expect(iconFor(none)).toBe('idle');
    expect(badgeFor(none)).toEqual({ text: '', tone: 'none' });
  });

  it('shows the colour mark and the number of events in blue where events matched without warnings', () => {
    const tab = fakeTab({ matches: [fakeMatch(), fakeMatch({ eventId: 'ev-2' })], discrepancies: [] });
    expect(iconFor(tab)).toBe('active');
    expect(badgeFor(tab)).toEqual({ text: '2', tone: 'info' });
  });

  it('shows the number of discrepancies in amber when there are any', () => {
    const tab = fakeTab({ discrepancies: [fakeDiscrepancy(), fakeDiscrepancy({ kind: 'date' })] });
    expect(iconFor(tab)).toBe('active');
    expect(badgeFor(tab)).toEqual({ text: '2', tone: 'warn' });
  });
});
