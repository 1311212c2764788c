import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findWorkday, isWorkday } from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarFileError, holidayCalendar, readCalendarFile } from './calendar';
import { addWorkingDays, isWorkingDay, nextDay, workingDaysBefore } from './working-days';

const calendar = holidayCalendar();

describe('Chinese working days', () => {
  it('knows 2026, with the Spring Festival and its working Saturday', () => {
    expect(calendar.lastKnownYear).toBeGreaterThanOrEqual(2026);
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true); // Saturday made a working day
    expect(isWorkingDay(calendar, '2026-02-17')).toBe(false); // Spring Festival, a Tuesday
    expect(isWorkingDay(calendar, '2026-11-28')).toBe(false); // an ordinary Saturday
    expect(isWorkingDay(calendar, '2026-11-30')).toBe(true);
  });

  it('counts an opinion letter’s 15 working days across the National Day holiday', () => {
    // Served Friday 2026-09-18; 2026-09-20 (Sunday) is worked, 25–27 Sept and 1–7 Oct are off.
    expect(addWorkingDays(calendar, '2026-09-18', 15)).toEqual({
      dueOn: '2026-10-15',
      beyondCalendar: false,
    });
  });

  it('counts a recommendation letter’s 5 working days from a Friday', () => {
    expect(addWorkingDays(calendar, '2026-11-27', 5).dueOn).toBe('2026-12-04');
  });

  it('warns when a period runs past the last known year', () => {
    const result = addWorkingDays(calendar, `${calendar.lastKnownYear}-12-28`, 15);
    expect(result.beyondCalendar).toBe(true);
  });

  it('agrees with chinese-days itself on every day and period inside the known years', () => {
    const day = fc
      .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(calendar.lastKnownYear, 10, 30) })
      .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 20 }), (start, n) => {
        expect(isWorkingDay(calendar, start)).toBe(isWorkday(start));
        expect(addWorkingDays(calendar, start, n).dueOn).toBe(findWorkday(n, start));
      }),
      { numRuns: 300 },
    );
  });

  it('steps back over a holiday to the working day before', () => {
    // Five working days before Thursday 2026-10-08: 9-30, 9-29, 9-28, then 9-25..27 are off, 9-24, 9-23.
    expect(workingDaysBefore(calendar, '2026-10-08', 5)).toBe('2026-09-23');
    expect(addWorkingDays(calendar, '2026-09-23', 5).dueOn).toBe('2026-10-08');
  });

  it('moves by calendar days regardless of the machine’s time zone', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('loads a newer calendar from a file, replacing the years it covers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-calendar-'));
    const file = path.join(dir, 'calendar.json');
    const next = calendar.lastKnownYear + 1;
    writeFileSync(
      file,
      JSON.stringify({
        holidays: { [`${next}-01-01`]: "New Year's Day,元旦,1" },
        workdays: { [`${next}-01-03`]: "New Year's Day,元旦,1" },
      }),
    );
    const loaded = holidayCalendar(file);
    expect(loaded.lastKnownYear).toBe(next);
    expect(isWorkingDay(loaded, `${next}-01-01`)).toBe(false);
    expect(isWorkingDay(loaded, `${next}-01-03`)).toBe(true);
    expect(isWorkingDay(loaded, '2026-02-14')).toBe(true);
  });

  it('names the file and the entry when a calendar file is wrong', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-calendar-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ holidays: { '2027-1-1': 'x' }, workdays: {} }));
    expect(() => readCalendarFile(file)).toThrow(CalendarFileError);
    expect(() => readCalendarFile(file)).toThrow(/bad\.json.*holidays/);
  });
});
