import weeklyReport, { DEFAULT_WEEKLY_REPORT_CRON, WEEKLY_REPORT_JOB } from '../weekly-report';

/** Just enough Strapi for the mailing decisions and the cron registration. */
function fakeStrapi(options: { recipients?: string[]; cron?: string; cronEnabled?: boolean }) {
  const send = jest.fn();
  const info = jest.fn();
  const add = jest.fn();
  const config: Record<string, unknown> = {
    'plugin::claim-review': { timeZone: 'Asia/Shanghai', issuer: { name: '三包', nameEn: 'Sanbao' }, weeklyReport: { recipients: options.recipients, cron: options.cron } },
    'server.cron.enabled': options.cronEnabled ?? true,
  };
  const strapi = {
    config: { get: (key: string) => config[key] },
    log: { info, error: jest.fn(), warn: jest.fn() },
    cron: { add },
    plugin: (name: string) =>
      name === 'email' ? { config: () => 'nodemailer', service: () => ({ send }) } : { service: () => { throw new Error('not reached'); } },
  };
  return { service: weeklyReport({ strapi: strapi as any }), send, info, add };
}

const WEEK = { key: '2026-W48', from: '2026-11-23', to: '2026-11-29' };

describe('weekly report mailing', () => {
  it('mails nothing without recipients, and says so once in the log', async () => {
    const { service, send, info } = fakeStrapi({ recipients: [' ', ''] });
    expect(await service.send(WEEK)).toEqual({ week: '2026-W48', to: [], sent: false });
    expect(await service.send(WEEK)).toEqual({ week: '2026-W48', to: [], sent: false });
    expect(send).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledTimes(1);
  });

  it('covers the week before today in the company zone', () => {
    const { service } = fakeStrapi({});
    // Monday 2026-11-30 07:00 in Shanghai is still Sunday in UTC.
    expect(service.lastWeek(new Date('2026-11-29T23:00:00Z'))).toEqual(WEEK);
  });
});

describe('weekly report cron', () => {
  it('runs Monday 08:00 in the company zone by default', () => {
    const { service, add } = fakeStrapi({});
    service.schedule();
    expect(DEFAULT_WEEKLY_REPORT_CRON).toBe('0 8 * * 1');
    expect(add.mock.calls[0][0][WEEKLY_REPORT_JOB].options).toEqual({ rule: '0 8 * * 1', tz: 'Asia/Shanghai' });
  });

  it('takes the configured rule, and registers nothing when cron is off', () => {
    const configured = fakeStrapi({ cron: '0 9 * * 1' });
    configured.service.schedule();
    expect(configured.add.mock.calls[0][0][WEEKLY_REPORT_JOB].options.rule).toBe('0 9 * * 1');
    const off = fakeStrapi({ cronEnabled: false });
    off.service.schedule();
    expect(off.add).not.toHaveBeenCalled();
  });
});
