/**
 * Units and claims written straight to the database for the quality tests: volume the
 * dealer API would take minutes to build, in the shape the API leaves behind.
 */
import type { Core } from '@strapi/strapi';

const CLAIM_UID = 'plugin::claim-review.claim';
const LINE_UID = 'plugin::claim-review.claim-line';

export interface LineSpec {
  kind?: 'part' | 'labour';
  ref: string;
  component?: string;
  payable?: number;
  hoursTenths?: number;
  /** A returned part's inspection result, as the inspection leaves it on the line. */
  inspectionResult?: 'confirmed' | 'no_fault' | 'misuse' | 'not_received';
}

export interface ClaimSpec {
  number: string;
  dealer: string;
  model: string;
  buildMonth: string;
  failure: string;
  payable?: number;
  status?: string;
  serial?: string;
  component?: string;
  lines: LineSpec[];
}

export function qualityWorld(strapi: Core.Strapi, serialPrefix = 'QA') {
  /** documentIds of the models and dealers created, by code. */
  const ids: Record<string, string> = {};
  let serialSeq = 0;

  async function doc(uid: string, data: Record<string, unknown>): Promise<string> {
    const created = await strapi.documents(uid as any).create({ data } as any);
    return created.documentId;
  }

  /** A few at a time: PostgreSQL takes them on parallel connections, SQLite in turn. */
  async function units(count: number, model: string, dealer: string, buildDate: string, saleDate?: string) {
    const one = () => {
      serialSeq += 1;
      return doc('api::unit.unit', {
        serial: `${serialPrefix}${String(serialSeq).padStart(5, '0')}`,
        model: ids[model],
        dealer: ids[dealer],
        buildDate,
        ...(saleDate ? { saleDate, registrationDate: saleDate } : {}),
      });
    };
    for (let done = 0; done < count; done += 8) {
      await Promise.all(Array.from({ length: Math.min(8, count - done) }, one));
    }
  }

  async function claim(spec: ClaimSpec) {
    const row = await strapi.db.query(CLAIM_UID).create({
      data: {
        number: spec.number,
        status: spec.status ?? 'in_review',
        version: 1,
        dealerCode: spec.dealer,
        serial: spec.serial ?? `S-${spec.number}`,
        modelCode: spec.model,
        buildMonth: spec.buildMonth,
        failureDate: spec.failure,
        repairDate: spec.failure,
        remedy: 'repair',
        faultComponent: spec.component ?? spec.lines.find((l) => l.component)?.component ?? 'other',
        faultDescription: 'test',
        input: {},
        totalAmount: spec.payable ?? 0,
        payableAmount: spec.payable ?? 0,
      },
    });
    for (const [position, l] of spec.lines.entries()) {
      await strapi.db.query(LINE_UID).create({
        data: {
          claim: row.id,
          position,
          kind: l.kind ?? 'part',
          ref: l.ref,
          name: l.kind === 'labour' ? null : `配件 ${l.ref}`,
          nameEn: l.kind === 'labour' ? null : `Part ${l.ref}`,
          component: l.component ?? null,
          qty: l.kind === 'labour' ? null : 1,
          hoursTenths: l.hoursTenths ?? null,
          amount: l.payable ?? 0,
          payable: l.payable ?? 0,
          ...(l.inspectionResult ? { inspectionResult: l.inspectionResult } : {}),
        },
      });
    }
  }

  return { ids, doc, units, claim };
}
