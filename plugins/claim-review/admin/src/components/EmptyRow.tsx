import { Box, Td, Tr, Typography } from '@strapi/design-system';

/** The one row of a list table with nothing to show: the reason, across all its columns. */
export const EmptyRow = ({ colSpan, children }: { colSpan: number; children: React.ReactNode }) => (
  <Tr>
    <Td colSpan={colSpan}>
      <Box padding={6}>
        <Typography textColor="neutral600">{children}</Typography>
      </Box>
    </Td>
  </Tr>
);
