import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatWeek, isoWeek, parseIsoDay, weekdayOf } from '../../../../../src/core/mentions/dates/calendar';
import { easterSunday } from '../../../../../src/core/mentions/dates/parsers/holiday-parser';

describe('calendar arithmetic', () => {
  it('rejects days that do not exist', () => {
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('knows the weekday of a day in any century', () => {
    expect(weekdayOf({ year: 2024, month: 11, day: 2 })).toBe(6);
    expect(weekdayOf({ year: 1998, month: 8, day: 7 })).toBe(5);
  });

  it('gives ISO weeks, including the ones that belong to the next or previous year', () => {
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(formatWeek({ year: 2000, month: 2, day: 16 })).toBe('2000-W07');
  });

  it('adds days and months across year ends', () => {
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addMonths(2024, 1, -2)).toEqual({ year: 2023, month: 11 });
  });

  it('computes Easter Sunday', () => {
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(easterSunday(2000)).toEqual({ year: 2000, month: 4, day: 23 });
  });
});
