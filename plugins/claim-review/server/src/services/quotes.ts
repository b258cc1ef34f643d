import type { Core } from '@strapi/strapi';
import type { Quote, QuoteContext, QuoteInput } from '../../../shared';
import { hasErrors, operationsFor, priceQuote } from '../../../shared';
import { ApiError } from '../api-error';
import { renderQuoteSheet, type QuoteSheetData, type QuoteSheetLine } from '../pdf';

interface Dealer {
  code: string;
  name: string;
  tier: number;
}

const LOGISTICS_LINE = { ref: 'LOGISTICS', name: '配件物流费', nameEn: 'Parts logistics' };

/**
 * Out-of-warranty prices for the end customer (收费标准卡): the facts are loaded as of
 * today for the dealer's tier, the arithmetic is the domain core's priceQuote.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const facts = () => strapi.plugin('claim-review').service('facts');

  /**
   * The fee card a price is made from, as of today for the dealer's tier: the parts and
   * operations named, the model's standard hours, the tier's rates. A receipt's charge is
   * priced from the same facts.
   */
  async function pricingContext(tier: number, modelCode: string, named: { parts: ReadonlyArray<{ partNumber: string }>; labour: ReadonlyArray<{ operation: string }> }): Promise<QuoteContext> {
    const today = facts().today();
    const [parts, operationRows, rate] = await Promise.all([
      facts().partsOn(Array.from(new Set(named.parts.map((p) => p.partNumber))), today),
      facts().operations(Array.from(new Set(named.labour.map((l) => l.operation)))),
      facts().rateOn(tier, today),
    ]);
    return { today, tier, parts, operations: operationsFor(operationRows, modelCode), rate };
  }

  async function quote(dealer: Dealer, input: QuoteInput) {
    const model = await strapi.db.query('api::product-model.product-model').findOne({
      where: { code: input.model },
      select: ['code', 'name', 'nameEn'],
    });
    if (!model) throw new ApiError('VALIDATION_FAILED', { fields: { model: 'invalid' } });
    const context = await pricingContext(dealer.tier, model.code, input);
    const today = context.today;
    const priced: Quote = priceQuote(input, context);
    // A price that silently drops an item the dealer asked for (a core part, an unknown
    // operation) would mislead the customer: the answer and the sheet refuse it alike.
    if (hasErrors(priced.findings)) throw new ApiError('PRECHECK_FAILED', { findings: priced.findings });
    return { priced, today, model: { code: model.code as string, name: model.name as string, nameEn: (model.nameEn ?? null) as string | null } };
  }

  return {
    pricingContext,

    /**
     * The Quote of docs/api.md, plus the date its prices are valid on and the model's name.
     * An error finding (PART_CORE, PART_NOT_PRICED, OPERATION_UNKNOWN, RATE_NOT_FOUND)
     * answers 422 PRECHECK_FAILED with the findings; warnings stay in the answer.
     */
    async price(dealer: Dealer, input: QuoteInput) {
      const { priced, today, model } = await quote(dealer, input);
      return { ...priced, date: today, model };
    },

    /** The 服务收费单 the customer signs, refused with 422 as the quote is. */
    async sheet(dealer: Dealer, input: QuoteInput, customerName?: string | null) {
      const { priced, today, model } = await quote(dealer, input);
      const lines: QuoteSheetLine[] = priced.lines.map((l) => ({
        kind: l.kind,
        ref: l.ref,
        name: l.label?.zh ?? l.ref,
        ...(l.label?.en ? { nameEn: l.label.en } : {}),
        ...(l.qty !== undefined ? { qty: l.qty } : {}),
        ...(l.hours !== undefined ? { hours: l.hours } : {}),
        ...(l.km !== undefined ? { km: l.km } : {}),
        unitPrice: l.unitPrice,
        ...(l.taxIncluded ? { taxIncluded: true } : {}),
        amount: l.amount,
        tax: l.tax,
      }));
      const logistics = priced.totals.logistics;
      if (logistics > 0) lines.push({ kind: 'logistics', ...LOGISTICS_LINE, qty: 1, unitPrice: logistics, amount: logistics, tax: 0 });
      const data: QuoteSheetData = {
        date: today,
        dealer: { code: dealer.code, name: dealer.name },
        model: { code: model.code, name: model.name },
        ...(customerName ? { customerName } : {}),
        lines,
        totals: priced.totals,
      };
      const bytes = await renderQuoteSheet(data);
      return { bytes, filename: `quote-${model.code}-${today}.pdf` };
    },
  };
};
