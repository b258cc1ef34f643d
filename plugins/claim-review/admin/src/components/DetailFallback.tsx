import { Layouts, Page } from '@strapi/strapi/admin';
import type { Problem } from '../api/problem';
import { ProblemAlert } from './ProblemAlert';

/**
 * What a detail page shows before it has its record: the loader on the first load, then,
 * if the load failed, the header with its way back and why.
 */
export const DetailFallback = ({
  resource,
  title,
  back,
}: {
  resource: { loading: boolean; error: Problem | null };
  title: string;
  back: React.ReactNode;
}) => {
  if (resource.loading) return <Page.Loading />;
  return (
    <Page.Main>
      <Layouts.Header title={title} navigationAction={back} />
      <Layouts.Content>{resource.error && <ProblemAlert problem={resource.error} />}</Layouts.Content>
    </Page.Main>
  );
};
