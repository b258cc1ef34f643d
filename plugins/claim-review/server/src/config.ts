import { calendarProblem, DEFAULT_WORKING_CALENDAR, timerSettingsOf, timerSettingsProblem, type ServiceTimerSettings, type WorkingCalendar } from '../../shared';

/** The office calendar as configured: its zone is always the plugin's timeZone. */
export type WorkingCalendarConfig = Partial<Omit<WorkingCalendar, 'timeZone'>>;

export interface PluginConfig {
  /** Business dates (repair, filing, cut-off) are days in this zone. */
  timeZone: string;
  /** The manufacturer named on settlement notices and quotes. */
  issuer: { name: string; nameEn: string; address?: string };
  /** Cron rule of the daily job that flags claims whose parts missed their cut-off (in timeZone); empty: never. */
  returnOverdueRule?: string;
  /**
   * Office hours the review SLA counts in (policy reviewHours are working hours): periods,
   * weekdays, public holidays and make-up working days. Defaults: 08:30–12:00 and
   * 13:00–17:30, Monday–Friday, no holidays listed.
   */
  workingCalendar?: WorkingCalendarConfig;
  /**
   * Claim evidence: the private folder the files live in (default `<app>/private/evidence`),
   * how long a signed link to one works (default 600 s), and the link key (default:
   * derived from APP_KEYS).
   */
  evidence?: { dir?: string; linkTtlSeconds?: number; linkSecret?: string };
  /** Price-list uploads refused before parsing: rows (default 5,000) and unpacked XLSX bytes (default 64 MB). */
  priceLists?: { maxRows?: number; maxUnpackedBytes?: number };
  /** Width × height a claim photo may declare; bigger ones are refused before any decode. */
  maxImagePixels?: number;
  /** At start, claim files stored but linked to no claim for longer than this are removed. */
  orphanGraceMinutes?: number;
  /** The service desk's SLA timers, timer by timer over the core's defaults (hours and calendar). */
  serviceTimers?: Partial<Record<keyof ServiceTimerSettings, Partial<ServiceTimerSettings[keyof ServiceTimerSettings]>>>;
  /** Cron rule of the breach scan (every minute by default); empty: breaches are recorded on read only. */
  service?: { breachScanCron?: string };
  /**
   * Complaints (投诉): the departments a complaint's handler tells in writing, by code:
   * their names, the admin roles (by role code) whose staff read the department's in-app
   * notices, and the addresses its e-mail goes to (none: the notice lands, no e-mail).
   */
  complaintDepartments?: Record<string, ComplaintDepartment>;
  /**
   * Dealer scorecard: the share of auto-approved claims drawn for a spot check (basis points,
   * default 1000 = 10 %), the draw's seed (default: derived from APP_KEYS, so each install
   * draws its own and an auditor with the seed can replay it), and how many days a failed
   * spot check flags the dealer's claims (default 180).
   */
  scorecard?: { spotCheckShareBp?: number; spotCheckSeed?: string; flagDays?: number };
  /**
   * Weekly report (日结周报): who it is mailed to every Monday, and the cron rule in timeZone
   * (default `0 8 * * 1`, Monday 08:00); no recipients: it is not mailed.
   */
  weeklyReport?: { recipients?: string[]; cron?: string };
}

export interface ComplaintDepartment {
  zh: string;
  en: string;
  roles: string[];
  emails: string[];
}

/** The departments seed 001 names for complaint handling, with the plugin's own staff roles; no addresses until configured. */
export const DEFAULT_COMPLAINT_DEPARTMENTS: Record<string, ComplaintDepartment> = {
  service: { zh: '售后服务部', en: 'After-sales service', roles: ['claim-review-service-coordinator'], emails: [] },
  technical: { zh: '技术部', en: 'Technical department', roles: ['claim-review-technical-reviewer'], emails: [] },
  quality: { zh: '质量部', en: 'Quality department', roles: ['claim-review-technical-reviewer'], emails: [] },
  finance: { zh: '财务部', en: 'Finance department', roles: ['claim-review-finance'], emails: [] },
};

/** The configured departments, or the defaults. */
export function complaintDepartmentsOf(config: PluginConfig): Record<string, ComplaintDepartment> {
  return config.complaintDepartments && Object.keys(config.complaintDepartments).length ? config.complaintDepartments : DEFAULT_COMPLAINT_DEPARTMENTS;
}

export const DEFAULT_SPOT_CHECK_SHARE_BP = 1000;
export const DEFAULT_SPOT_CHECK_FLAG_DAYS = 180;

/** The service timers as configured, defaults filled in. */
export function serviceTimersOf(config: PluginConfig): ServiceTimerSettings {
  return timerSettingsOf(config.serviceTimers);
}

/** The complete calendar of a configuration, defaults filled in. */
export function workingCalendarOf(config: PluginConfig): WorkingCalendar {
  return { ...DEFAULT_WORKING_CALENDAR, ...config.workingCalendar, timeZone: config.timeZone };
}

export default {
  default: (): PluginConfig => ({
    timeZone: 'Asia/Shanghai',
    issuer: { name: '三包示范机械有限公司', nameEn: 'Sanbao Demo Machinery Co., Ltd.' },
    // 01:30 company time, after the day's receipts are in.
    returnOverdueRule: '0 30 1 * * *',
    maxImagePixels: 40_000_000,
    orphanGraceMinutes: 60,
    service: { breachScanCron: '0 * * * * *' },
  }),
  validator(config: PluginConfig) {
    if (!config.timeZone || typeof config.timeZone !== 'string') {
      throw new Error('claim-review: config.timeZone must be an IANA zone such as Asia/Shanghai.');
    }
    const problem = calendarProblem(workingCalendarOf(config));
    if (problem) throw new Error(`claim-review: config.workingCalendar is unusable: ${problem}.`);
    const share = config.scorecard?.spotCheckShareBp;
    if (share !== undefined && (!Number.isInteger(share) || share < 0 || share > 10_000)) {
      throw new Error('claim-review: config.scorecard.spotCheckShareBp must be an integer 0–10000 (basis points).');
    }
    const timers = timerSettingsProblem(config.serviceTimers);
    if (timers) throw new Error(`claim-review: config.serviceTimers is unusable: ${timers}.`);
    for (const [code, d] of Object.entries(config.complaintDepartments ?? {})) {
      if (!d || !d.zh || !d.en || !Array.isArray(d.roles) || !Array.isArray(d.emails)) {
        throw new Error(`claim-review: config.complaintDepartments.${code} needs zh, en, roles[] and emails[].`);
      }
    }
  },
};
