import { toChineseCapital } from '../../../../shared/pricing/chinese-capital';
import { formatYuan } from '../format';
import { renderQuoteSheet } from '../quote-sheet';
import { quoteFixture } from './fixtures';
import { itWithPoppler, pdfPages, squash } from './poppler';

describe('renderQuoteSheet', () => {
  const quote = quoteFixture();
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await renderQuoteSheet(quote);
  });

  it('is small and byte-identical for the same data', async () => {
    expect(pdf.length).toBeGreaterThan(15_000);
    expect(pdf.length).toBeLessThan(70_000);
    expect((await renderQuoteSheet(quoteFixture())).equals(pdf)).toBe(true);
  });

  it('refuses totals that are not the sum of their parts', async () => {
    await expect(renderQuoteSheet({ ...quote, totals: { ...quote.totals, total: quote.totals.total - 1 } })).rejects.toThrow(
      /total/,
    );
  });

  itWithPoppler('prints the lines, the total in figures and in words', () => {
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0];
    for (const expected of ['服务收费单', quote.dealer.code, quote.dealer.name, quote.model.code, quote.customerName!, quote.number!]) {
      expect(text).toContain(expected);
    }
    for (const line of quote.lines) expect(text).toContain(line.ref);
    expect(text).toContain('3.5 h');
    expect(text).toContain('46 km');
    expect(text).toContain(formatYuan(quote.totals.total));
    expect(squash(text)).toContain(toChineseCapital(quote.totals.total));
    // 人民币 and the capitals are one run in the PDF: no space between them (支付结算办法).
    expect(text).toContain(`人民币${toChineseCapital(quote.totals.total)}`);
    expect(text).toContain('Page 1 of 1');
  });

  itWithPoppler('repeats the header row when the lines run over a page', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({ ...quote.lines[1], ref: `P-${1000 + i}` }));
    const parts = lines.reduce((s, l) => s + l.amount, 0);
    const tax = lines.reduce((s, l) => s + l.tax, 0);
    const pages = pdfPages(
      await renderQuoteSheet({ ...quote, lines, totals: { parts, tax, labour: 0, travel: 0, logistics: 0, total: parts + tax } }),
    );
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      if (page.includes('P-10')) expect(page).toContain('Unit price');
    });
  });

  itWithPoppler('renders without a number or customer name', async () => {
    const bare = await renderQuoteSheet({ ...quote, number: undefined, customerName: undefined });
    expect(pdfPages(bare)[0]).toContain(formatYuan(quote.totals.total));
  });
});
