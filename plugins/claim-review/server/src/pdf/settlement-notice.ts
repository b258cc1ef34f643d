import { rmbInWords } from '../../../shared/pricing/chinese-capital';
import { drawLetterhead, drawRunningHeader, drawSignatures, sectionTitle } from './blocks';
import { identityOf, openDocument } from './document';
import { assertFen, formatDate, formatSignedYuan, formatYuan, toInstant } from './format';
import { HEADER_FILL, Layout, MUTED } from './layout';
import { Column, Table } from './table';
import type { SettlementNoticeData, SettlementNoticeStatus } from './types';

export const SETTLEMENT_TITLE = '三包费用核销通知';
export const SETTLEMENT_TITLE_EN = 'Warranty Settlement Notice';
export const DRAFT_MARK = '草稿 DRAFT';

const STATUS_LABEL: Record<SettlementNoticeStatus, string> = {
  draft: '草稿 Draft',
  issued: '已开具 Issued',
  acknowledged: '经销商已确认 Acknowledged',
};

/** A notice whose figures do not add up must not reach a dealer, so refuse to print it. */
function validate(data: SettlementNoticeData): { claims: number; adjustments: number } {
  let claims = 0;
  data.lines.forEach((line, i) => {
    for (const key of ['parts', 'labour', 'travel', 'amount'] as const) assertFen(line[key], `lines[${i}].${key}`);
    claims += line.amount;
  });
  let adjustments = 0;
  data.adjustments.forEach((adj, i) => {
    assertFen(adj.amount, `adjustments[${i}].amount`);
    adjustments += adj.amount;
  });
  assertFen(data.total, 'total');
  if (claims + adjustments !== data.total) {
    throw new Error(
      `settlement ${data.number}: total ${data.total} fen ≠ claim lines ${claims} + adjustments ${adjustments}`,
    );
  }
  return { claims, adjustments };
}

const CLAIM_COLUMNS: Column[] = [
  { header: ['序号', 'No.'], width: 22, align: 'center' },
  { header: ['索赔单号', 'Claim No.'], width: 74, nowrap: true },
  { header: ['产品编号', 'Serial No.'], width: 82, nowrap: true },
  { header: ['机型', 'Model'], width: 66 },
  { header: ['维修日期', 'Repair date'], width: 50, align: 'center', nowrap: true },
  { header: ['配件费', 'Parts'], width: 52, align: 'right', nowrap: true },
  { header: ['工时费', 'Labour'], width: 50, align: 'right', nowrap: true },
  { header: ['外出费', 'Travel'], width: 48, align: 'right', nowrap: true },
  { header: ['核销金额', 'Amount'], width: 67.28, align: 'right', nowrap: true },
];

const ADJUSTMENT_COLUMNS: Column[] = [
  { header: ['序号', 'No.'], width: 22, align: 'center' },
  { header: ['索赔单号', 'Claim No.'], width: 88 },
  { header: ['调整原因', 'Reason'], width: 334 },
  { header: ['调整金额', 'Amount'], width: 67.28, align: 'right', nowrap: true },
];

const GRID_COLUMNS: Column[] = [
  { header: ['', ''], width: 110 },
  { header: ['', ''], width: 145.64 },
  { header: ['', ''], width: 110 },
  { header: ['', ''], width: 145.64 },
];

function label(zh: string, en: string) {
  return { text: zh, note: en, color: MUTED };
}

function drawInfoGrid(layout: Layout, data: SettlementNoticeData): void {
  const grid = new Table(layout, GRID_COLUMNS, { size: 8.5, padY: 3.5, padX: 5 });
  layout.hline(layout.left, layout.right, layout.y, 0.4);
  grid.row([
    label('通知编号', 'Notice No.'),
    { text: data.number, bold: true },
    label('开具日期', 'Issue date'),
    formatDate(data.issuedAt),
  ]);
  grid.row([
    label('核销期间', 'Period'),
    `${formatDate(data.periodStart)} 至 ${formatDate(data.periodEnd)}`,
    label('状态', 'Status'),
    data.status ? STATUS_LABEL[data.status] : '—',
  ]);
  grid.row([
    label('经销商代码', 'Dealer code'),
    { text: data.dealer.code, bold: true },
    label('所属区域', 'Region'),
    data.dealer.region ?? '—',
  ]);
  grid.row([label('经销商名称', 'Dealer'), { text: data.dealer.name, sub: data.dealer.nameEn, span: 3, bold: true }]);
  grid.end();
  layout.y += 8;
}

function drawClaims(layout: Layout, data: SettlementNoticeData, claimsTotal: number): void {
  sectionTitle(layout, '一、索赔费用明细', 'Claims settled');
  if (data.lines.length === 0) {
    layout.paragraph('本期无索赔单。 No claims in this period.', { size: 8.5, color: MUTED });
    return;
  }
  const table = new Table(layout, CLAIM_COLUMNS);
  table.begin();
  let parts = 0;
  let labour = 0;
  let travel = 0;
  data.lines.forEach((line, i) => {
    parts += line.parts;
    labour += line.labour;
    travel += line.travel;
    table.row([
      String(i + 1),
      line.claimNumber,
      line.serial,
      line.model,
      formatDate(line.repairDate),
      formatYuan(line.parts),
      formatYuan(line.labour),
      formatYuan(line.travel),
      formatYuan(line.amount),
    ]);
  });
  table.row(
    [
      { text: `小计 Subtotal · ${data.lines.length} 单 claims`, span: 5, align: 'right' },
      formatYuan(parts),
      formatYuan(labour),
      formatYuan(travel),
      formatYuan(claimsTotal),
    ],
    { bold: true, fill: HEADER_FILL },
  );
  table.end();
  layout.y += 6;
}

function drawAdjustments(layout: Layout, data: SettlementNoticeData, adjustmentsTotal: number): void {
  sectionTitle(layout, '二、调整项', 'Adjustments (corrections of earlier settlements)');
  if (data.adjustments.length === 0) {
    layout.paragraph('无。 None.', { size: 8.5, color: MUTED });
    return;
  }
  const table = new Table(layout, ADJUSTMENT_COLUMNS);
  table.begin();
  data.adjustments.forEach((adj, i) => {
    table.row([String(i + 1), adj.claimNumber ?? '—', adj.reason, formatSignedYuan(adj.amount)]);
  });
  table.row(
    [{ text: `小计 Subtotal · ${data.adjustments.length} 项 items`, span: 3, align: 'right' }, formatSignedYuan(adjustmentsTotal)],
    { bold: true, fill: HEADER_FILL },
  );
  table.end();
  layout.y += 6;
}

function drawTotal(layout: Layout, data: SettlementNoticeData, claims: number, adjustments: number): void {
  sectionTitle(layout, '三、核销金额', 'Settlement total', 110);
  const table = new Table(layout, GRID_COLUMNS, { size: 9, padY: 4, padX: 5 });
  layout.hline(layout.left, layout.right, layout.y, 0.4);
  table.row([
    label('索赔合计', 'Claims'),
    { text: formatYuan(claims), align: 'right' },
    label('调整合计', 'Adjustments'),
    { text: formatSignedYuan(adjustments), align: 'right' },
  ]);
  table.row(
    [label('核销总额（小写）', 'Total in figures'), { text: `¥ ${formatYuan(data.total)}`, span: 3, bold: true }],
    { fill: HEADER_FILL },
  );
  table.row([
    label('核销总额（大写）', 'Total in words'),
    { text: rmbInWords(data.total), sub: 'RMB, in Chinese capital numerals', span: 3, bold: true },
  ]);
  table.end();
  layout.y += 8;

  const statement =
    data.total >= 0
      ? [
          '上述核销金额经贵公司确认后，从我公司应收贵公司货款中扣除（即冲抵贵公司应付我公司货款）。如有异议，请于收到本通知后及时与我公司财务部联系。',
          "Once acknowledged by the dealer, the total above is deducted from the amount the dealer owes the manufacturer (our receivables from the dealer). Please raise any query with our finance department promptly.",
        ]
      : [
          '上述核销金额为负数，经贵公司确认后计入我公司应收贵公司货款。如有异议，请于收到本通知后及时与我公司财务部联系。',
          "The total above is negative: once acknowledged it is added to the amount the dealer owes the manufacturer. Please raise any query with our finance department promptly.",
        ];
  const zhStyle = { size: 9 };
  const enStyle = { size: 8, color: MUTED };
  const height =
    layout.heightOf(statement[0], layout.width - 16, zhStyle) + layout.heightOf(statement[1], layout.width - 16, enStyle) + 14;
  layout.ensure(height);
  layout.rect(layout.left, layout.y, layout.width, height, { width: 0.6 });
  let y = layout.y + 6;
  y += layout.drawText(statement[0], layout.left + 8, y, layout.width - 16, zhStyle) + 2;
  layout.drawText(statement[1], layout.left + 8, y, layout.width - 16, enStyle);
  layout.y += height + 4;
}

export async function renderSettlementNotice(data: SettlementNoticeData): Promise<Buffer> {
  const { claims, adjustments } = validate(data);
  const draft = data.status === 'draft';
  const { doc, bytes } = openDocument({
    title: `${SETTLEMENT_TITLE} ${SETTLEMENT_TITLE_EN} ${data.number}`,
    subject: `${data.dealer.code} ${data.dealer.name} ${formatDate(data.periodStart)} – ${formatDate(data.periodEnd)}`,
    author: data.issuer.name,
    keywords: `三包, warranty, settlement, ${data.number}, ${data.dealer.code}`,
    createdAt: toInstant(data.issuedAt),
    identity: identityOf('settlement-notice', data),
  });
  const layout = new Layout(doc);
  drawLetterhead(layout, {
    org: data.issuer.name,
    orgEn: data.issuer.nameEn,
    address: data.issuer.address,
    title: SETTLEMENT_TITLE,
    titleEn: SETTLEMENT_TITLE_EN,
    number: data.number,
    badge: draft ? DRAFT_MARK : undefined,
  });
  drawInfoGrid(layout, data);
  layout.onNewPage = (l) =>
    drawRunningHeader(l, {
      title: `${SETTLEMENT_TITLE} ${SETTLEMENT_TITLE_EN}${draft ? ` · ${DRAFT_MARK}` : ''}`,
      number: `No. ${data.number}`,
      party: `${data.dealer.code} ${data.dealer.name}`,
      note: `${formatDate(data.periodStart)} 至 ${formatDate(data.periodEnd)} · 续 continued`,
    });

  const salutation = `致 ${data.dealer.name}：`;
  layout.paragraph(salutation, { size: 9.5, bold: true }, 2);
  layout.paragraph(
    `经我公司技术部鉴定、财务部审核，贵公司 ${formatDate(data.periodStart)} 至 ${formatDate(data.periodEnd)} 期间的三包索赔费用核销如下：`,
    { size: 9 },
    1,
  );
  layout.paragraph(
    `The warranty claims below, appraised by our technical department and audited by finance for ${formatDate(
      data.periodStart,
    )} to ${formatDate(data.periodEnd)}, are settled as follows.`,
    { size: 8, color: MUTED },
    6,
  );

  drawClaims(layout, data, claims);
  drawAdjustments(layout, data, adjustments);
  drawTotal(layout, data, claims, adjustments);
  drawSignatures(layout, [
    {
      heading: '开具单位 Issuer',
      party: data.issuer.name,
      fields: ['制表 Prepared by', '审核 Reviewed by', '日期 Date'],
      seal: ['财务专用章', 'Finance seal'],
    },
    {
      heading: '经销商确认 Dealer acknowledgement',
      party: `${data.dealer.code} ${data.dealer.name}`,
      fields: ['经办人 Signed by', '日期 Date'],
      seal: ['经销商盖章', 'Dealer seal'],
    },
  ]);

  layout.finishPages({
    footerLeft: `${SETTLEMENT_TITLE} ${data.number} · ${data.dealer.code}`,
    watermark: draft ? DRAFT_MARK : undefined,
  });
  doc.end();
  return bytes;
}
