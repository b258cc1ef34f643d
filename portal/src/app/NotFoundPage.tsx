import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../ui/States';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('common.notFound')}>
      <Link to="/claims">{t('nav.claims')}</Link>
    </EmptyState>
  );
}
