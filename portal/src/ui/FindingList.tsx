import { useTranslation } from 'react-i18next';
import type { Finding } from '@shared/contracts/findings';
import { useFormat } from '../i18n/format';

/**
 * Findings as a list with the severity spelled out, not only coloured: many dealers
 * print or read on low-contrast screens, and a screen reader needs the word.
 */
export function FindingList({ findings, compact = false, id }: { findings: Finding[]; compact?: boolean; id?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (findings.length === 0) return null;
  return (
    <ul className={`findings${compact ? ' findings-compact' : ''}`} id={id}>
      {findings.map((f, i) => (
        <li key={`${f.code}-${f.field ?? ''}-${i}`} className={`finding finding-${f.severity}`} data-code={f.code}>
          <span className="finding-severity">{t(`findings.${f.severity}`)}</span>
          <span className="finding-text">
            {fmt.text(f.message)}
            {!compact && f.clause && <span className="finding-clause">{fmt.text(f.clause)}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
