/** The review reason codes docs/api.md fixes; the codes are part of the HTTP contract. */
export interface ReasonCodeSeed {
  code: string;
  label: string;
  labelEn: string;
}

export const reasonCodes: ReasonCodeSeed[] = [
  { code: 'NOT_REQUIRED', label: '非本次故障必需的维修项目', labelEn: 'Not required for this fault' },
  { code: 'OVER_STANDARD_HOURS', label: '超出标准工时', labelEn: 'Over the standard hours' },
  { code: 'NOT_COVERED', label: '不属三包范围', labelEn: 'Not covered by the warranty' },
  { code: 'MISUSE', label: '使用不当或人为损坏', labelEn: 'Misuse or damage' },
  { code: 'NO_FAULT_FOUND', label: '旧件鉴定无故障', labelEn: 'No fault found on the returned part' },
  { code: 'WRONG_PRICE_LIST', label: '价格与维修日有效价目表不符', labelEn: 'Price not from the list valid on the repair date' },
  { code: 'RETURN_FORFEITED', label: '旧件逾期未返回，该项不予结算', labelEn: 'Part not returned within the grace period' },
  { code: 'OTHER', label: '其他', labelEn: 'Other' },
];
