import { CATALOGUE, type CountRow, type KpiName, type WeeklyReport } from '../../../shared';
import { drawLetterhead, drawRunningHeader, sectionTitle } from './blocks';
import { identityOf, openDocument } from './document';
import { Layout, MUTED } from './layout';
import { Column, Table } from './table';

export const WEEKLY_TITLE = '售后服务周报';
export const WEEKLY_TITLE_EN = 'Weekly after-sales report';

/** The KPI names as the admin KPI page spells them (translations kpi.name.*). */
const KPI_LABEL: Record<KpiName, [string, string]> = {
  follow_up_rate: ['保修期内客户回访率', 'In-warranty follow-up rate'],
  satisfaction_rate: ['服务满意率', 'Satisfaction rate'],
  parts_correct_rate: ['配件出货正确率', 'Parts shipped correctly'],
  on_time_arrange: ['2小时内安排', 'Arranged within 2 h'],
  on_time_check: ['4小时内督促检查', 'Checked within 4 h'],
  on_time_on_site: ['3小时内到达现场', 'On site within 3 h'],
  on_time_follow_up: ['24小时内回访', 'Followed up within 24 h'],
  first_time_fix_rate: ['一次修复率', 'First-time fix rate'],
  complaints_per_100: ['每百单投诉数', 'Complaints per 100 services'],
  complaint_resolved_on_time: ['投诉按时解决率', 'Complaints resolved on time'],
};

const SATISFACTION: Record<string, [string, string]> = {
  '5': ['非常满意', 'Very satisfied'],
  '4': ['满意', 'Satisfied'],
  '3': ['一般', 'Neutral'],
  '2': ['不满意', 'Dissatisfied'],
  '1': ['非常不满意', 'Very dissatisfied'],
};

const catalogue = (key: string): [string, string] => {
  const m = (CATALOGUE as Record<string, { zh: string; en: string }>)[key];
  return m ? [m.zh, m.en] : [key, key];
};

const COUNT_COLUMNS: Column[] = [
  { header: ['类别', 'Category'], width: 160 },
  { header: ['项目', 'Item'], width: 271.28 },
  { header: ['数量', 'Count'], width: 80, align: 'right', nowrap: true },
];

const KPI_COLUMNS: Column[] = [
  { header: ['指标', 'KPI'], width: 211.28 },
  { header: ['分子/分母', 'Num./den.'], width: 100, align: 'right', nowrap: true },
  { header: ['数值', 'Value'], width: 70, align: 'right', nowrap: true },
  { header: ['目标', 'Target'], width: 70, align: 'right', nowrap: true },
  { header: ['达标', 'Met'], width: 60, align: 'center' },
];

const DEALER_COLUMNS: Column[] = [
  { header: ['服务商', 'Dealer'], width: 110, nowrap: true },
  { header: ['未达标指标', 'KPI below target'], width: 231.28 },
  { header: ['分子/分母', 'Num./den.'], width: 100, align: 'right', nowrap: true },
  { header: ['数值', 'Value'], width: 70, align: 'right', nowrap: true },
];

const percentOrPer100 = (kpi: KpiName, rate: number | null) =>
  rate === null ? '—' : kpi === 'complaints_per_100' ? rate.toFixed(2) : `${(rate * 100).toFixed(1)}%`;

function countRows(table: Table, group: [string, string], rows: CountRow[], labelOf: (key: string) => [string, string]) {
  if (rows.length === 0) table.row([{ text: group[0], sub: group[1] }, { text: '无', sub: 'None', color: MUTED }, '0']);
  rows.forEach((r, i) => {
    const [zh, en] = labelOf(r.key);
    table.row([i === 0 ? { text: group[0], sub: group[1] } : '', { text: zh, sub: en }, String(r.count)]);
  });
}

function emptyNote(layout: Layout, zh: string, en: string) {
  layout.paragraph(zh, { size: 9 }, 1);
  layout.paragraph(en, { size: 8, color: MUTED }, 6);
}

/** The weekly report: the settlement notice's letterhead, fonts and tables, one section per part of the report. */
export async function renderWeeklyReport(report: WeeklyReport, issuer: { name: string; nameEn: string }, generatedAt: Date): Promise<Buffer> {
  const week = `${report.week.key}（${report.week.from} — ${report.week.to}）`;
  const { doc, bytes } = openDocument({
    title: `${WEEKLY_TITLE} ${WEEKLY_TITLE_EN} ${report.week.key}`,
    subject: `${report.week.key} ${report.week.from}/${report.week.to}`,
    author: issuer.name,
    keywords: '三包, weekly report, 周报',
    createdAt: generatedAt,
    identity: identityOf('weekly-report', report),
  });
  const layout = new Layout(doc);
  drawLetterhead(layout, { org: issuer.name, orgEn: issuer.nameEn, title: WEEKLY_TITLE, titleEn: WEEKLY_TITLE_EN, number: report.week.key });
  layout.onNewPage = (l) => drawRunningHeader(l, { title: `${WEEKLY_TITLE} ${WEEKLY_TITLE_EN}`, number: report.week.key, party: issuer.name, note: '续 continued' });
  layout.paragraph(`统计周期 Week: ${week}，按公司时区的营业日 (business dates, company time zone)。`, { size: 9 }, 6);

  sectionTitle(layout, '一、客户回访', 'Follow-up calls');
  const f = new Table(layout, COUNT_COLUMNS);
  f.begin();
  f.row([{ text: '回访', sub: 'Calls' }, { text: '合计', sub: 'Total' }, String(report.followUps.total)]);
  f.row(['', { text: '已联系上', sub: 'Reached' }, String(report.followUps.reached)]);
  f.row(['', { text: '未联系上', sub: 'Not reached' }, String(report.followUps.notReached)]);
  countRows(f, ['满意度', 'Satisfaction'], report.followUps.bySatisfaction, (k) => SATISFACTION[k] ?? [k, k]);
  f.end();
  layout.y += 6;

  sectionTitle(layout, '二、客户投诉', `Complaints (${report.complaints.total})`);
  const c = new Table(layout, COUNT_COLUMNS);
  c.begin();
  countRows(c, ['渠道', 'Channel'], report.complaints.byChannel, (k) => catalogue(`complaint.channel.${k}`));
  countRows(c, ['严重程度', 'Severity'], report.complaints.bySeverity, (k) => catalogue(`complaint.severity.${k}`));
  countRows(c, ['投诉对象', 'Subject'], report.complaints.bySubjectKind, (k) => catalogue(`complaint.subject.${k}`));
  c.end();
  layout.y += 6;

  sectionTitle(layout, '三、时效超时', `SLA breaches (${report.breaches.total})`);
  const b = new Table(layout, COUNT_COLUMNS);
  b.begin();
  countRows(b, ['时限', 'Timer'], report.breaches.byTimer, (k) => catalogue(`service.timer.${k}`));
  b.end();
  layout.y += 6;

  sectionTitle(layout, '四、服务指标', 'Service KPIs');
  const k = new Table(layout, KPI_COLUMNS);
  k.begin();
  for (const fig of report.kpis) {
    const [zh, en] = KPI_LABEL[fig.kpi];
    const t = fig.target;
    const target = `${t.direction === 'at_least' ? '≥' : '≤'} ${percentOrPer100(fig.kpi, t.numerator / t.denominator)}`;
    const met = fig.meetsTarget === null ? '—' : fig.meetsTarget ? '是 Yes' : '否 No';
    k.row([{ text: zh, sub: en }, `${fig.numerator}/${fig.denominator}`, percentOrPer100(fig.kpi, fig.rate), target, { text: met, bold: fig.meetsTarget === false }]);
  }
  k.end();
  layout.y += 6;

  sectionTitle(layout, '五、未达标服务商', 'Dealers below target');
  if (report.dealersBelowTarget.length === 0) emptyNote(layout, '本周所有服务商指标均达标。', 'Every dealer met its targets this week.');
  else {
    const d = new Table(layout, DEALER_COLUMNS);
    d.begin();
    for (const dealer of report.dealersBelowTarget) {
      dealer.failing.forEach((fig, i) => {
        const [zh, en] = KPI_LABEL[fig.kpi];
        d.row([i === 0 ? { text: dealer.dealer, bold: true } : '', { text: zh, sub: en }, `${fig.numerator}/${fig.denominator}`, percentOrPer100(fig.kpi, fig.rate)]);
      });
    }
    d.end();
  }

  layout.finishPages({ footerLeft: `${WEEKLY_TITLE} ${report.week.key}` });
  doc.end();
  return bytes;
}
