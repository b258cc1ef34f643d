import { useTranslation } from 'react-i18next';
import type { Pagination as Meta } from '@shared/contracts/answers';

export function Pagination({ meta, onPage }: { meta: Meta; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (meta.pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <button type="button" className="btn" disabled={meta.page <= 1} onClick={() => onPage(meta.page - 1)}>
        {t('common.prev')}
      </button>
      <span aria-live="polite">{t('common.pageOf', { page: meta.page, pages: meta.pageCount, total: meta.total })}</span>
      <button type="button" className="btn" disabled={meta.page >= meta.pageCount} onClick={() => onPage(meta.page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
