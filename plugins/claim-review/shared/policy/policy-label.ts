import type { Bilingual } from '../contracts/money';
import type { PolicyFacts } from '../contracts/facts';

/**
 * How a clause names its policy. Admins write `clause` as "中文 / English"; a single
 * language is used for both.
 */
export function policyLabel(policy: Pick<PolicyFacts, 'code' | 'name' | 'clause'>): Bilingual {
  const text = (policy.clause || policy.name || policy.code).trim();
  const cut = text.indexOf(' / ');
  if (cut < 0) return { zh: text, en: text };
  return { zh: text.slice(0, cut).trim(), en: text.slice(cut + 3).trim() };
}
