import { toChineseCapital } from '../../../../shared/pricing/chinese-capital';
import { formatYuan } from '../format';
import { renderSettlementNotice } from '../settlement-notice';
import { settlementFixture } from './fixtures';
import { itWithPoppler, pdfFonts, pdfInfo, pdfPages, pdfWordBoxes, squash } from './poppler';

const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;

describe('renderSettlementNotice', () => {
  const five = settlementFixture(5);
  const long = settlementFixture(300, { longDealerName: true, adjustments: true });
  let fivePdf: Buffer;
  let longPdf: Buffer;

  beforeAll(async () => {
    fivePdf = await renderSettlementNotice(five);
    longPdf = await renderSettlementNotice(long);
  });

  it('is a PDF of a sensible size', () => {
    expect(fivePdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(fivePdf.length).toBeGreaterThan(15_000);
    expect(fivePdf.length).toBeLessThan(70_000);
    expect(longPdf.length).toBeLessThan(200_000);
  });

  it('gives byte-identical output for the same data, whatever the clock says', async () => {
    const again = await renderSettlementNotice(settlementFixture(5));
    expect(again.equals(fivePdf)).toBe(true);
    jest.useFakeTimers({
      now: new Date('2031-07-01T12:00:00Z'),
      doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'setInterval', 'clearInterval', 'hrtime', 'performance'],
    });
    try {
      expect((await renderSettlementNotice(settlementFixture(5))).equals(fivePdf)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives a different document (and trailer ID) for different data', async () => {
    const other = await renderSettlementNotice({ ...five, number: 'ST-2025-03-9999' });
    expect(other.equals(fivePdf)).toBe(false);
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    expect(id(other)).toBeDefined();
    expect(id(other)).not.toBe(id(fivePdf));
  });

  it('refuses figures that do not add up, and amounts that are not integer fen', async () => {
    await expect(renderSettlementNotice({ ...five, total: five.total + 1 })).rejects.toThrow(/total/);
    const lines = five.lines.map((l, i) => (i === 0 ? { ...l, parts: 10.5 } : l));
    await expect(renderSettlementNotice({ ...five, lines })).rejects.toThrow(/integer amount in fen/);
  });

  itWithPoppler('prints the number, the dealer, the total in figures and in words, and the statement', () => {
    const pages = pdfPages(fivePdf);
    expect(pages).toHaveLength(1);
    const text = pages[0];
    for (const expected of [five.number, five.dealer.code, five.dealer.name, '三包费用核销通知', 'Warranty Settlement Notice']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(formatYuan(five.total));
    expect(squash(text)).toContain(toChineseCapital(five.total));
    // 人民币 and the capitals are one run in the PDF: no space between them (支付结算办法).
    expect(text).toContain(`人民币${toChineseCapital(five.total)}`);
    expect(squash(text)).toContain('从我公司应收贵公司货款中扣除');
    // The dealer owes the manufacturer; the notice lowers that debt, it does not add to the dealer's claims on us.
    expect(text).toContain('deducted from the amount the dealer owes the manufacturer');
    expect(text).not.toContain("dealer's receivables");
    for (const box of ['制表', '审核', '财务专用章', '经销商确认', '经销商盖章']) expect(text).toContain(box);
    for (const line of five.lines) expect(text).toContain(line.claimNumber);
    expect(text).toContain('第 1 页 / 共 1 页 · Page 1 of 1');
    expect(text).not.toContain('DRAFT');
  });

  itWithPoppler('embeds one subset CJK font and dates the file from issuedAt', () => {
    const fonts = pdfFonts(fivePdf).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    const info = pdfInfo(fivePdf);
    expect(info.CreationDate).toBe('2025-04-03T02:30:00Z');
    expect(info.ModDate).toBe('2025-04-03T02:30:00Z');
    expect(info['Page size']).toContain('A4');
  });

  itWithPoppler('breaks 300 claims over pages with the header row and "Page x of y" on each', () => {
    const pages = pdfPages(longPdf);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      expect(page).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页 · Page ${i + 1} of ${pages.length}`);
      if (/WC-2025-0(1|0)\d{4}/.test(page)) {
        expect(page).toContain('索赔单号');
        expect(page).toContain('Claim No.');
      }
      if (i > 0) expect(page).toContain(long.number);
    });
    const all = pages.join('\n');
    for (const line of long.lines) expect(all.split(line.claimNumber).length - 1).toBe(1);
    expect(squash(all)).toContain(squash(long.dealer.name));
    for (const adj of long.adjustments) expect(squash(all)).toContain(squash(adj.reason));
    expect(all).toContain(formatYuan(long.total));
    expect(squash(pages[pages.length - 1])).toContain(toChineseCapital(long.total));
    const perPage = longPdf.length / pages.length;
    expect(perPage).toBeLessThan(70_000);
  });

  itWithPoppler('keeps every word inside the page margins, long dealer name included', () => {
    const boxes = pdfWordBoxes(longPdf);
    expect(boxes.length).toBeGreaterThan(1000);
    const outside = boxes.filter((b) => b.xMin < 40 || b.xMax > A4_WIDTH - 40 || b.yMin < 10 || b.yMax > A4_HEIGHT - 10);
    expect(outside).toEqual([]);
  });

  itWithPoppler('marks a draft 草稿 / DRAFT on every page', async () => {
    const draft = await renderSettlementNotice(settlementFixture(80, { status: 'draft' }));
    const pages = pdfPages(draft);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain('草稿');
      expect(page).toContain('DRAFT');
    }
  });

  itWithPoppler('prints a notice with no claims whose adjustments take money back', async () => {
    const data = {
      ...five,
      lines: [],
      adjustments: [{ claimNumber: 'WC-2025-000001', reason: '旧件未返还,扣回 Part not returned, taken back', amount: -12_345 }],
      total: -12_345,
    };
    const text = squash(pdfPages(await renderSettlementNotice(data)).join('\n'));
    expect(text).toContain('本期无索赔单');
    expect(text).toContain('-123.45');
    expect(text).toContain('负壹佰贰拾叁元肆角伍分');
    expect(text).toContain('计入我公司应收贵公司货款');
  });

  // Speed is measured by scripts/bench/settlement-pdf.js against a Helvetica baseline, not asserted here.
  it('keeps a 1,000-claim notice well under the 1.5 MB budget', async () => {
    const pdf = await renderSettlementNotice(settlementFixture(1000));
    expect(pdf.length).toBeLessThan(400_000);
  });
});
