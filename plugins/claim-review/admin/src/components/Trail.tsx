import { Box, Flex, Typography } from '@strapi/design-system';

/** An audit trail, newest last, as a list with a line joining its dots. */
export const Trail = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Box tag="ol" aria-label={label}>
    {children}
  </Box>
);

/**
 * One step of a trail: what happened, the status move it made (a filled dot when it made
 * one), when and by whom, the note left with it and, as children, anything more it changed.
 */
export const TrailItem = ({
  title,
  moved,
  from,
  to,
  badge,
  when,
  who,
  name,
  note,
  last,
  children,
}: {
  title: string;
  moved: boolean;
  /** Both named, or the move is not shown. */
  from?: string | null;
  to?: string | null;
  badge?: React.ReactNode;
  when: string;
  who: string;
  name?: string | null;
  note?: string | null;
  last: boolean;
  children?: React.ReactNode;
}) => (
  <Flex tag="li" gap={3} alignItems="stretch">
    <Flex direction="column" alignItems="center">
      <Box width="12px" height="12px" marginTop={1} borderRadius="50%" background={moved ? 'primary600' : 'neutral400'} />
      {!last && <Box width="2px" flex="1" background="neutral200" />}
    </Flex>
    <Box paddingBottom={4} flex="1">
      <Flex gap={2} wrap="wrap">
        <Typography fontWeight="bold">{title}</Typography>
        {from && to && (
          <Typography variant="pi" textColor="neutral600">
            {from} → {to}
          </Typography>
        )}
        {badge}
      </Flex>
      <Typography variant="pi" textColor="neutral600" tag="div">
        {when} · {who}
        {name ? ` · ${name}` : ''}
      </Typography>
      {note && (
        <Box paddingTop={1}>
          <Typography tag="div">“{note}”</Typography>
        </Box>
      )}
      {children}
    </Box>
  </Flex>
);
