import { rmbInWords } from '../../../shared/pricing/chinese-capital';
import { drawLetterhead, drawRunningHeader, drawSignatures, sectionTitle } from './blocks';
import { identityOf, openDocument } from './document';
import { assertFen, formatDate, formatQuantity, formatYuan, toInstant } from './format';
import { HEADER_FILL, Layout, MUTED } from './layout';
import { Column, Table } from './table';
import type { QuoteLineKind, QuoteSheetData, QuoteSheetLine } from './types';

export const QUOTE_TITLE = '服务收费单';
export const QUOTE_TITLE_EN = 'Service Charge Sheet (out of warranty)';

const KIND_LABEL: Record<QuoteLineKind, [string, string]> = {
  part: ['配件', 'Part'],
  labour: ['工时', 'Labour'],
  travel: ['外出', 'Travel'],
  logistics: ['物流', 'Logistics'],
};

const LINE_COLUMNS: Column[] = [
  { header: ['序号', 'No.'], width: 22, align: 'center' },
  { header: ['类别', 'Item'], width: 44, align: 'center' },
  { header: ['编号', 'Ref.'], width: 68, nowrap: true },
  { header: ['名称', 'Description'], width: 150.28 },
  { header: ['数量', 'Qty'], width: 48, align: 'right', nowrap: true },
  { header: ['单价', 'Unit price'], width: 58, align: 'right', nowrap: true },
  { header: ['金额', 'Amount'], width: 64, align: 'right', nowrap: true },
  { header: ['税额', 'VAT'], width: 57, align: 'right', nowrap: true },
];

const GRID_COLUMNS: Column[] = [
  { header: ['', ''], width: 110 },
  { header: ['', ''], width: 145.64 },
  { header: ['', ''], width: 110 },
  { header: ['', ''], width: 145.64 },
];

/** The customer pays what the sheet adds up to, so the parts must make the total. */
function validate(data: QuoteSheetData): void {
  data.lines.forEach((line, i) => {
    for (const key of ['unitPrice', 'amount', 'tax'] as const) assertFen(line[key], `lines[${i}].${key}`);
  });
  const t = data.totals;
  for (const key of ['parts', 'tax', 'labour', 'travel', 'logistics', 'total'] as const) assertFen(t[key], `totals.${key}`);
  const sum = t.parts + t.tax + t.labour + t.travel + t.logistics;
  if (sum !== t.total) {
    throw new Error(`quote ${data.number ?? ''}: total ${t.total} fen ≠ parts + tax + labour + travel + logistics = ${sum}`);
  }
}

function quantity(line: QuoteSheetLine): string {
  if (line.hours !== undefined) return `${formatQuantity(line.hours)} h`;
  if (line.km !== undefined) return `${formatQuantity(line.km)} km`;
  return line.qty !== undefined ? formatQuantity(line.qty) : '1';
}

function label(zh: string, en: string) {
  return { text: zh, note: en, color: MUTED };
}

export async function renderQuoteSheet(data: QuoteSheetData): Promise<Buffer> {
  validate(data);
  const date = formatDate(data.date);
  const { doc, bytes } = openDocument({
    title: `${QUOTE_TITLE} Service Charge Sheet${data.number ? ` ${data.number}` : ''}`,
    subject: `${data.dealer.code} ${data.dealer.name} · ${data.model.code} · ${date}`,
    author: data.dealer.name,
    keywords: `三包, out of warranty, quote, ${data.model.code}`,
    createdAt: toInstant(data.date),
    identity: identityOf('quote-sheet', data),
  });
  const layout = new Layout(doc);
  drawLetterhead(layout, {
    org: data.dealer.name,
    orgEn: `服务商代码 Dealer code ${data.dealer.code}`,
    title: QUOTE_TITLE,
    titleEn: QUOTE_TITLE_EN,
    number: data.number,
  });
  layout.onNewPage = (l) =>
    drawRunningHeader(l, {
      title: `${QUOTE_TITLE} Service Charge Sheet`,
      number: data.number ? `No. ${data.number}` : date,
      party: `${data.dealer.code} ${data.dealer.name}`,
      note: `${data.model.code} · 续 continued`,
    });

  const grid = new Table(layout, GRID_COLUMNS, { size: 8.5, padY: 3.5, padX: 5 });
  layout.hline(layout.left, layout.right, layout.y, 0.4);
  grid.row([label('单号', 'No.'), { text: data.number ?? '—', bold: true }, label('日期', 'Date'), date]);
  grid.row([label('机型', 'Model'), { text: data.model.code, sub: data.model.name, bold: true }, label('客户', 'Customer'), data.customerName ?? '']);
  grid.row([label('服务商', 'Service dealer'), { text: `${data.dealer.code} ${data.dealer.name}`, span: 3 }]);
  grid.end();
  layout.y += 8;

  layout.paragraph(
    '本机故障已超出三包有效期，或属保修期内非产品质量原因引起的故障，维修费用按公司统一收费标准卡由客户承担，明细如下：',
    { size: 9 },
    1,
  );
  layout.paragraph(
    "This repair is outside the warranty, or the fault is not caused by the product's quality; the customer pays the charges below at the company's standard fee card.",
    { size: 8, color: MUTED },
    6,
  );

  sectionTitle(layout, '一、收费明细', 'Charges');
  const table = new Table(layout, LINE_COLUMNS);
  table.begin();
  data.lines.forEach((line, i) => {
    const [kindZh, kindEn] = KIND_LABEL[line.kind];
    table.row([
      String(i + 1),
      { text: kindZh, sub: kindEn },
      line.ref,
      { text: line.name, sub: line.nameEn },
      quantity(line),
      line.taxIncluded ? { text: formatYuan(line.unitPrice), sub: '含税 incl. VAT' } : formatYuan(line.unitPrice),
      formatYuan(line.amount),
      line.kind === 'part' ? formatYuan(line.tax) : '含税 incl.',
    ]);
  });
  table.end();
  layout.y += 6;

  sectionTitle(layout, '二、费用合计', 'Totals', 120);
  const t = data.totals;
  const totals = new Table(layout, GRID_COLUMNS, { size: 9, padY: 4, padX: 5 });
  layout.hline(layout.left, layout.right, layout.y, 0.4);
  const money = (fen: number) => ({ text: formatYuan(fen), align: 'right' as const });
  totals.row([label('配件费', 'Parts'), money(t.parts), label('配件税额', 'VAT on parts'), money(t.tax)]);
  totals.row([label('工时费', 'Labour'), money(t.labour), label('外出服务费', 'Travel'), money(t.travel)]);
  totals.row([label('物流费', 'Logistics'), money(t.logistics), label('', ''), '']);
  totals.row([label('合计（小写）', 'Total'), { text: `¥ ${formatYuan(t.total)}`, span: 3, bold: true }], { fill: HEADER_FILL });
  totals.row([
    label('合计（大写）', 'In words'),
    { text: rmbInWords(t.total), sub: 'RMB, in Chinese capital numerals', span: 3, bold: true },
  ]);
  totals.end();
  layout.y += 8;

  // Seed 004 8.3.1.2: a tax-inclusive list price is what the customer pays; its tax is only shown.
  const inclusive = data.lines.some((l) => l.taxIncluded);
  layout.paragraph(
    `说明：配件按市场指导价计价，另加增值税${inclusive ? '（标明含税的单价已含增值税，税额从中分出，不另加）' : ''}；工时费、外出服务费、物流费按收费标准卡计收，已含税。本单经客户签字确认后开始维修，费用于维修完成后收取。`,
    { size: 8.5 },
    1,
  );
  layout.paragraph(
    `Parts at the market guide price plus VAT${inclusive ? ' (a unit price marked incl. VAT already includes it: the tax is shown, not added)' : ''}; labour, travel and logistics at fee-card rates, tax included. Work starts once the customer has signed this sheet; payment is due when the repair is done.`,
    { size: 7.5, color: MUTED },
    4,
  );

  drawSignatures(layout, [
    {
      heading: '服务商 Service dealer',
      party: `${data.dealer.code} ${data.dealer.name}`,
      fields: ['服务人员 Technician', '日期 Date'],
      seal: ['服务商盖章', 'Dealer seal'],
    },
    {
      heading: '客户确认 Customer acceptance',
      party: data.customerName ?? '',
      fields: ['客户签字 Customer signature', '日期 Date'],
    },
  ]);

  layout.finishPages({ footerLeft: `${QUOTE_TITLE}${data.number ? ` ${data.number}` : ''} · ${data.dealer.code}` });
  doc.end();
  return bytes;
}
