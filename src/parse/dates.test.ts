import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';

describe('when reading dates', () => {
  it.each([
    ['2022-07-24', '2022-07-24'],
    ['2020/12/21', '2020-12-21'],
    ['2020/1/5', '2020-01-05'],
    ['Jul 24 2022', '2022-07-24'],
    ['July 24, 2022', '2022-07-24'],
    ['24 Jul 2022', '2022-07-24'],
    ['24 July 2022', '2022-07-24'],
    ['Sept 3 2021', '2021-09-03'],
    ['2020-03-16T05:35:07.322Z', '2020-03-16T05:35:07.322Z'],
    ['2022-11-05T09:30:00+05:30', '2022-11-05T04:00:00.000Z'],
    ['2016-07-26 15:06:49 -0700', '2016-07-26T22:06:49.000Z'],
    ['2001-12-14t21:59:43.10-05:00', '2001-12-15T02:59:43.100Z'],
    ['2023-01-02T10:00', '2023-01-02T10:00:00.000Z'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each(['Jully 2022', '2022-02-30', 'yesterday', '24/07/2022', '2022-13-01', '2022/02/30', '2022-07/24', ''])('refuses %j', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  it('keeps a Date at UTC midnight as that calendar day', () => {
    expect(parseDate(new Date(Date.UTC(2022, 6, 24)))).toBe('2022-07-24');
  });

  it('keeps a Date at local midnight (a host coerced a day in its own zone) as that day', () => {
    expect(parseDate(new Date(2022, 6, 24))).toBe('2022-07-24');
  });

  it('keeps a Date with a time as a UTC date-time', () => {
    expect(parseDate(new Date(Date.UTC(2022, 6, 24, 13, 5)))).toBe('2022-07-24T13:05:00.000Z');
  });
});
