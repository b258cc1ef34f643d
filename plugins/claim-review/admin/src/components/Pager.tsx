import { Dots, Flex, NextLink, PageLink, Pagination, PreviousLink, Typography } from '@strapi/design-system';
import type { Pagination as PageMeta } from '../../../shared';
import { useT } from '../utils/translate';

/** Pages 1 … around the current one … last, as Strapi's list views show them. */
function pagesAround(page: number, count: number): Array<number | 'dots'> {
  const wanted = new Set([1, count, page - 1, page, page + 1].filter((n) => n >= 1 && n <= count));
  const sorted = Array.from(wanted).sort((a, b) => a - b);
  const out: Array<number | 'dots'> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push('dots');
    out.push(n);
  });
  return out;
}

export const Pager = ({ meta, onPage }: { meta: PageMeta; onPage: (page: number) => void }) => {
  const { t } = useT();
  if (meta.pageCount <= 1) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('pagination.total', { total: meta.total })}
      </Typography>
    );
  }
  return (
    <Flex justifyContent="space-between" alignItems="center" gap={4}>
      <Typography variant="pi" textColor="neutral600">
        {t('pagination.total', { total: meta.total })}
      </Typography>
      <Pagination activePage={meta.page} pageCount={meta.pageCount} label={t('pagination.label')}>
        <PreviousLink tag="button" type="button" onClick={() => onPage(Math.max(1, meta.page - 1))}>
          {t('pagination.previous')}
        </PreviousLink>
        {pagesAround(meta.page, meta.pageCount).map((n, i) =>
          n === 'dots' ? (
            <Dots key={`dots-${i}`}>…</Dots>
          ) : (
            <PageLink key={n} number={n} tag="button" type="button" onClick={() => onPage(n)}>
              {t('pagination.page', { page: n })}
            </PageLink>
          ),
        )}
        <NextLink tag="button" type="button" onClick={() => onPage(Math.min(meta.pageCount, meta.page + 1))}>
          {t('pagination.next')}
        </NextLink>
      </Pagination>
    </Flex>
  );
};
