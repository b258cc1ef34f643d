import type { Bilingual } from '../contracts/money';
import type { Finding, FindingCode } from '../contracts/findings';
import type { PolicyFacts } from '../contracts/facts';
import type { MessageKey } from '../messages/catalogue';
import { message, type MessageParams } from '../messages/message';
import { policyLabel } from '../policy/policy-label';
import { FINDING_SEVERITY } from './severity';

type ClauseKey = Extract<MessageKey, `clause.${string}`>;

export interface FindingOptions {
  field?: string;
  /** Picks the message `CODE.variant` when one code has several causes. */
  variant?: string;
  params?: MessageParams;
  clause?: Bilingual;
}

export function makeFinding(code: FindingCode, options: FindingOptions = {}): Finding {
  const key = (options.variant ? `${code}.${options.variant}` : code) as MessageKey;
  const f: Finding = {
    code,
    severity: FINDING_SEVERITY[code],
    message: message(key, options.params),
  };
  if (options.field !== undefined) f.field = options.field;
  if (options.clause) f.clause = options.clause;
  return f;
}

/** The clause text, naming the policy that decides. */
export function clauseOf(
  key: ClauseKey,
  policy: Pick<PolicyFacts, 'code' | 'name' | 'clause'> | null | undefined,
  params: MessageParams = {},
): Bilingual {
  return message(key, { policy: policy ? policyLabel(policy) : '', ...params });
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
