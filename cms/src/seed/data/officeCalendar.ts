/**
 * Public holidays (放假) and make-up working days (调休上班) as the State Council's yearly
 * notices on holiday arrangements set them: 2024 (国办发明电〔2023〕7号), 2025 (国办发明电
 * 〔2024〕12号), 2026 (国办发明电〔2025〕7号). Every day off of a holiday block is listed,
 * weekend days included, so the block reads as the notice does. Staff add next year's
 * days in the content manager when the notice appears (usually in November).
 */
export interface OfficeCalendarSeed {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

type Block = [name: string, off: [from: string, to: string], worked: string[]];

const BLOCKS: Block[] = [
  ['元旦 New Year', ['2024-01-01', '2024-01-01'], []],
  ['春节 Spring Festival', ['2024-02-10', '2024-02-17'], ['2024-02-04', '2024-02-18']],
  ['清明节 Qingming', ['2024-04-04', '2024-04-06'], ['2024-04-07']],
  ['劳动节 Labour Day', ['2024-05-01', '2024-05-05'], ['2024-04-28', '2024-05-11']],
  ['端午节 Dragon Boat', ['2024-06-08', '2024-06-10'], []],
  ['中秋节 Mid-Autumn', ['2024-09-15', '2024-09-17'], ['2024-09-14']],
  ['国庆节 National Day', ['2024-10-01', '2024-10-07'], ['2024-09-29', '2024-10-12']],

  ['元旦 New Year', ['2025-01-01', '2025-01-01'], []],
  ['春节 Spring Festival', ['2025-01-28', '2025-02-04'], ['2025-01-26', '2025-02-08']],
  ['清明节 Qingming', ['2025-04-04', '2025-04-06'], []],
  ['劳动节 Labour Day', ['2025-05-01', '2025-05-05'], ['2025-04-27']],
  ['端午节 Dragon Boat', ['2025-05-31', '2025-06-02'], []],
  ['国庆节、中秋节 National Day and Mid-Autumn', ['2025-10-01', '2025-10-08'], ['2025-09-28', '2025-10-11']],

  ['元旦 New Year', ['2026-01-01', '2026-01-03'], ['2026-01-04']],
  ['春节 Spring Festival', ['2026-02-15', '2026-02-23'], ['2026-02-14', '2026-02-28']],
  ['清明节 Qingming', ['2026-04-04', '2026-04-06'], []],
  ['劳动节 Labour Day', ['2026-05-01', '2026-05-05'], ['2026-05-09']],
  ['端午节 Dragon Boat', ['2026-06-19', '2026-06-21'], []],
  ['中秋节 Mid-Autumn', ['2026-09-25', '2026-09-27'], []],
  ['国庆节 National Day', ['2026-10-01', '2026-10-07'], ['2026-09-20', '2026-10-10']],
];

function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

export const officeCalendar: OfficeCalendarSeed[] = BLOCKS.flatMap(([name, [from, to], worked]) => [
  ...daysFrom(from, to).map((date) => ({ date, kind: 'holiday' as const, name })),
  ...worked.map((date) => ({ date, kind: 'workday' as const, name: `${name} 调休上班 make-up working day` })),
]);
