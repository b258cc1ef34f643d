import { Layouts, Page } from '@strapi/strapi/admin';
import { Flex } from '@strapi/design-system';
import { RefreshButton } from './RefreshButton';

/**
 * A loaded record's page (claim, service request, complaint): the tab title and the header
 * with the way back, the record's badges under the title and a refresh, then the content
 * as one column.
 */
export const DetailPage = ({
  title,
  back,
  badges,
  resource,
  children,
}: {
  title: string;
  back: React.ReactNode;
  badges: React.ReactNode;
  resource: { reload: () => void; loading: boolean };
  children: React.ReactNode;
}) => (
  <Page.Main>
    <Page.Title>{title}</Page.Title>
    <Layouts.Header
      navigationAction={back}
      title={title}
      subtitle={
        <Flex gap={3} wrap="wrap" paddingTop={1}>
          {badges}
        </Flex>
      }
      secondaryAction={<RefreshButton resource={resource} />}
    />
    <Layouts.Content>
      <Flex direction="column" alignItems="stretch" gap={4}>
        {children}
      </Flex>
    </Layouts.Content>
  </Page.Main>
);
