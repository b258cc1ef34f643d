import { Button } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useT } from '../utils/translate';

/** A page header's "refresh": reloads what the page shows, spinning while it loads. */
export const RefreshButton = ({ resource }: { resource: { reload: () => void; loading: boolean } }) => {
  const { t } = useT();
  return (
    <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={resource.reload} loading={resource.loading}>
      {t('common.refresh')}
    </Button>
  );
};
