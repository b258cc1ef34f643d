import type { Core } from '@strapi/strapi';
import { addDaysIso, buildWeeklyReport, businessDate, weekBefore, type ReportWeek, type WeeklyReport } from '../../../shared';
import type { PluginConfig } from '../config';
import { renderWeeklyReport } from '../pdf';
import { COMPLAINT_UID } from './complaint-store';
import { BREACH_UID, FOLLOW_UP_UID } from './service-store';
import { weeklyCsv } from './weekly-report-csv';

export const WEEKLY_REPORT_JOB = 'claim-review.weekly-report';
export const DEFAULT_WEEKLY_REPORT_CRON = '0 8 * * 1';

/** Whether the mail provider is a real one: without SANBAO_SMTP_HOST no provider is set (cms/config/mail-settings.ts). */
const mailOn = (strapi: Core.Strapi) => Boolean(strapi.plugin('email')) && strapi.plugin('email').config('provider') === 'nodemailer';

/**
 * The weekly report (seed 000 十、1 日结周报): follow-up calls, complaints by category, SLA
 * breaches and the service KPIs of one ISO week, with the dealers below target. The
 * inputs come from the tables through the entity query API and the KPI rollup; the
 * sections are the core's. Rows are read over the week widened by a day each side and
 * kept by their business date in the company's zone, so no zone arithmetic is spelt in SQL.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('claim-review');
  const config = () => strapi.config.get('plugin::claim-review') as PluginConfig;
  let warnedNoRecipients = false;

  async function rowsOfWeek(uid: string, field: string, week: ReportWeek, select: string[]): Promise<any[]> {
    const tz = config().timeZone;
    const rows = await strapi.db.query(uid as any).findMany({
      where: { [field]: { $gte: new Date(`${addDaysIso(week.from, -1)}T00:00:00Z`), $lt: new Date(`${addDaysIso(week.to, 2)}T00:00:00Z`) } },
      select: [field, ...select],
    });
    return rows.filter((r: any) => {
      const d = businessDate(new Date(r[field]), tz);
      return d >= week.from && d <= week.to;
    });
  }

  const service = {
    recipients(): string[] {
      return (config().weeklyReport?.recipients ?? []).map((r) => r.trim()).filter(Boolean);
    },

    /** The week a report sent now covers: the one before today's business date. */
    lastWeek(now = new Date()): ReportWeek {
      return weekBefore(businessDate(now, config().timeZone));
    },

    async report(week: ReportWeek, now = new Date()): Promise<WeeklyReport> {
      const kpi = await plugin().service('kpiFigures').figures({ from: week.from, to: week.to, period: 'week', by: 'dealer', source: 'aggregate' }, now);
      const [followUps, complaints, breaches] = await Promise.all([
        rowsOfWeek(FOLLOW_UP_UID, 'at', week, ['reached', 'satisfaction']),
        rowsOfWeek(COMPLAINT_UID, 'receivedAt', week, ['channel', 'severity', 'subjectKind']),
        rowsOfWeek(BREACH_UID, 'dueAt', week, ['timer']),
      ]);
      return buildWeeklyReport({
        week,
        kpiTotals: kpi.totals,
        kpiByDealer: kpi.groups,
        followUps: followUps.map((f) => ({ reached: Boolean(f.reached), satisfaction: f.satisfaction === null || f.satisfaction === undefined ? null : Number(f.satisfaction) })),
        complaints: complaints.map((c) => ({ channel: c.channel, severity: c.severity, subjectKind: c.subjectKind })),
        breaches: breaches.map((b) => ({ timer: b.timer })),
      });
    },

    pdf(report: WeeklyReport, now = new Date()): Promise<Buffer> {
      const issuer = config().issuer;
      return renderWeeklyReport(report, { name: issuer.name, nameEn: issuer.nameEn }, now);
    },

    csv: weeklyCsv,

    /** Mails the week's PDF and CSV to the configured list; answers whom it went to (none: not mailed). */
    async send(week: ReportWeek, now = new Date()): Promise<{ week: string; to: string[]; sent: boolean }> {
      const to = service.recipients();
      if (to.length === 0 || !mailOn(strapi)) {
        if (!warnedNoRecipients) strapi.log.info('[claim-review] weekly report: no recipients or no mail provider configured; not mailed.');
        warnedNoRecipients = true;
        return { week: week.key, to: [], sent: false };
      }
      const report = await service.report(week, now);
      const pdf = await service.pdf(report, now);
      await strapi.plugin('email').service('email').send({
        to: to.join(', '),
        subject: `售后服务周报 / Weekly after-sales report ${week.key} (${week.from} — ${week.to})`,
        text: [
          `售后服务周报 ${week.key}（${week.from} 至 ${week.to}）见附件。`,
          `Weekly after-sales report ${week.key} (${week.from} to ${week.to}) attached.`,
          '',
          `回访 Follow-ups: ${report.followUps.total} · 投诉 Complaints: ${report.complaints.total} · 超时 SLA breaches: ${report.breaches.total} · 未达标服务商 Dealers below target: ${report.dealersBelowTarget.length}`,
        ].join('\n'),
        attachments: [
          { filename: `weekly-report-${week.key}.pdf`, content: pdf, contentType: 'application/pdf' },
          { filename: `weekly-report-${week.key}.csv`, content: service.csv(report), contentType: 'text/csv; charset=utf-8' },
        ],
      });
      return { week: week.key, to, sent: true };
    },

    /** Every Monday (weeklyReport.cron, in timeZone): last week's report to the list. */
    schedule() {
      if (!strapi.config.get('server.cron.enabled')) return;
      const rule = config().weeklyReport?.cron || DEFAULT_WEEKLY_REPORT_CRON;
      strapi.cron.add({
        [WEEKLY_REPORT_JOB]: {
          task: async () => {
            try {
              await service.send(service.lastWeek());
            } catch (error) {
              strapi.log.error(`[claim-review] weekly report failed: ${(error as Error).message}`);
            }
          },
          options: { rule, tz: config().timeZone },
        },
      });
    },
  };
  return service;
};
