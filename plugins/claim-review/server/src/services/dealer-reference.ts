import type { Core } from '@strapi/strapi';
import type { IsoDate, PartFacts } from '../../../shared';
import { componentName, isFamilyPart, listAnswer, pageWindow } from '../../../shared';
import { ApiError } from '../api-error';

const MODEL_UID = 'api::product-model.product-model';
const PART_UID = 'api::part.part';
const OPERATION_UID = 'api::labour-operation.labour-operation';
const UNIT_UID = 'api::unit.unit';

/**
 * Dealer portal reference (issue #18): what a dealer picks codes from instead of typing
 * them from memory, and the dealer's own stock of units. Read-only master data.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const facts = () => strapi.plugin('claim-review').service('facts');

  return {
    /** Every model, by code: the quote page's model picker. */
    async models() {
      const rows = await strapi.db.query(MODEL_UID).findMany({ select: ['code', 'name', 'nameEn'], orderBy: { code: 'asc' } });
      return { data: rows.map((m: any) => ({ code: m.code, name: m.name, nameEn: m.nameEn ?? null })) };
    },

    /**
     * A model's components (main ones first, then those its parts name), its parts with
     * the prices valid on `date`, and its labour operations (its own and the general ones).
     */
    async forModel(code: string, date?: IsoDate) {
      const model = await strapi.db.query(MODEL_UID).findOne({ where: { code }, select: ['code', 'name', 'nameEn', 'mainComponents'] });
      if (!model) throw new ApiError('NOT_FOUND');
      const onDate: IsoDate = date ?? facts().today();
      const catalogue = (await strapi.db.query(PART_UID).findMany({ select: ['number'], orderBy: { number: 'asc' } })) as Array<{ number: string }>;
      const family = catalogue.filter((p) => isFamilyPart(p.number, model.code));
      // A model whose family has no part of its own still lets the dealer pick from all.
      const numbers = (family.length > 0 ? family : catalogue).map((p) => p.number);
      const byNumber: Record<string, PartFacts> = await facts().partsOn(numbers, onDate);
      const parts = numbers
        .map((n) => byNumber[n])
        .filter(Boolean)
        .map((p) => ({
          number: p.number,
          name: p.name,
          nameEn: p.nameEn,
          category: p.category,
          component: p.component,
          core: p.category === 'core',
          mustReturn: p.mustReturn,
          dealerPrice: p.category === 'core' ? null : (p.price?.dealerPrice ?? null),
          guidePrice: p.category === 'core' ? null : (p.price?.guidePrice ?? null),
        }));

      const main: string[] = Array.isArray(model.mainComponents) ? model.mainComponents : [];
      const named = parts.map((p) => p.component).filter((c): c is string => !!c && !main.includes(c));
      const components = [...main, ...new Set(named)].map((c) => {
        const label = componentName(c);
        return { code: c, name: label.zh, nameEn: label.en, main: main.includes(c) };
      });

      const ops = (await strapi.db.query(OPERATION_UID).findMany({
        select: ['code', 'description', 'descriptionEn', 'standardHours'],
        populate: { model: { select: ['code'] } },
        orderBy: { code: 'asc' },
      })) as any[];
      const operations = ops
        .filter((o) => !o.model || o.model.code === model.code)
        // The model's own jobs first: they are what the dealer is looking for.
        .sort((a, b) => Number(!a.model) - Number(!b.model))
        .map((o) => ({
          code: o.code,
          description: o.description ?? null,
          descriptionEn: o.descriptionEn ?? null,
          standardHours: Number(o.standardHours ?? 0),
          model: o.model?.code ?? null,
        }));

      return { model: { code: model.code, name: model.name, nameEn: model.nameEn ?? null }, date: onDate, components, parts, operations };
    },

    /** The units this dealer sold or holds in stock, registered or not. */
    async unitsOf(dealer: { id: number }, query: { page: number; pageSize: number; registered?: boolean; q?: string }) {
      const where: Record<string, unknown> = { dealer: { id: dealer.id } };
      if (query.registered !== undefined) where.registrationDate = query.registered ? { $notNull: true } : { $null: true };
      if (query.q) where.serial = { $containsi: query.q };
      const { start, limit } = pageWindow(query.page, query.pageSize);
      const [rows, total] = await Promise.all([
        strapi.db.query(UNIT_UID).findMany({
          where,
          select: ['serial', 'buildDate', 'saleDate', 'registrationDate'],
          populate: { model: { select: ['code', 'name', 'nameEn'] } },
          // By serial only: NULL dates sort differently on each database (One answer on every database).
          orderBy: { serial: 'asc' },
          offset: start,
          limit,
        }),
        strapi.db.query(UNIT_UID).count({ where }),
      ]);
      const data = rows.map((u: any) => ({
        serial: u.serial,
        model: { code: u.model?.code ?? '', name: u.model?.name ?? '', nameEn: u.model?.nameEn ?? null },
        buildDate: u.buildDate ?? null,
        registered: Boolean(u.registrationDate),
        saleDate: u.saleDate ?? null,
        registrationDate: u.registrationDate ?? null,
      }));
      return listAnswer(data, query.page, query.pageSize, total);
    },
  };
};
