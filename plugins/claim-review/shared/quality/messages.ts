import type { AnomalyCode } from '../contracts/analytics';
import type { Bilingual } from '../contracts/money';
import { interpolate, type MessageParams } from '../messages/message';

/** The quality texts, kept beside their rules (reviewers and the dashboard read them). */
export const QUALITY_TEXTS: Record<AnomalyCode | 'QUALITY_ALERT' | 'QUALITY_ALERT_KEY', Bilingual> = {
  QUALITY_ALERT: {
    zh: '{model} 配件 {part}（{partName}）索赔率突增：近 {days} 天 {claims} 单，按基线预期 {expected} 单（{ratio} 倍，p = {p}）',
    en: '{model} part {part} ({partNameEn}): claim rate jumped to {claims} claims in {days} days where the baseline predicts {expected} ({ratio}×, p = {p})',
  },
  QUALITY_ALERT_KEY: {
    zh: '重要零件预警：{model} 配件 {part}（{partName}）近 {days} 天 {claims} 单，按基线预期 {expected} 单（{ratio} 倍，p = {p}），请报品质检验部以防批量事故',
    en: 'Key part warning: {model} part {part} ({partNameEn}) has {claims} claims in {days} days where the baseline predicts {expected} ({ratio}×, p = {p}); report to quality inspection before a batch failure spreads',
  },
  DEALER_CLAIM_SPIKE: {
    zh: '经销商 {dealer} 近 {days} 天索赔 {claims} 单，按其销量（在用 {exposure} 台·月）应约 {expected} 单（{ratio} 倍）',
    en: 'Dealer {dealer} filed {claims} claims in {days} days where its sales ({exposure} unit-months in service) suggest about {expected} ({ratio}×)',
  },
  LABOUR_HOURS_OUTLIER: {
    zh: '工时项目 {operation} 申报 {hours} 小时，其他经销商同项目平均 {mean} 小时（{count} 条）',
    en: 'Operation {operation}: {hours} h claimed where other dealers average {mean} h ({count} lines)',
  },
  REPEATED_UNIT_COMPONENT: {
    zh: '车辆 {serial} 的 {component} 在 {days} 天内第 {count} 次索赔',
    en: 'Claim no. {count} for {component} on unit {serial} within {days} days',
  },
  DEALER_SPOT_CHECK_FAILED: {
    zh: '经销商 {dealer} 近 {days} 天有 {count} 单自动审批的索赔抽查不合格（{claims}）',
    en: 'Dealer {dealer} failed {count} spot check(s) of auto-approved claims in the last {days} days ({claims})',
  },
  PHOTO_REUSED: {
    zh: '照片 {file} 与索赔 {claims} 中的照片完全相同',
    en: 'Photo {file} is byte-for-byte the same as a photo of claim(s) {claims}',
  },
};

export function qualityText(key: keyof typeof QUALITY_TEXTS, params: MessageParams): Bilingual {
  const t = QUALITY_TEXTS[key];
  return { zh: interpolate(t.zh, params, 'zh'), en: interpolate(t.en, params, 'en') };
}

/** Short numbers for messages: 2 significant decimals, p-values in scientific notation when tiny. */
export function shortNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function shortP(p: number): string {
  return p >= 0.001 ? String(Math.round(p * 1000) / 1000) : p.toExponential(1);
}
