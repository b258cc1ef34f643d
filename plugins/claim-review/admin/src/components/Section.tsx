import { Box, Flex, Typography } from '@strapi/design-system';

/** A white card with a heading, as Strapi's edit views lay out their blocks. */
export const Section = ({ title, action, children, id }: { title: React.ReactNode; action?: React.ReactNode; children: React.ReactNode; id?: string }) => (
  <Box tag="section" aria-labelledby={id} background="neutral0" hasRadius shadow="tableShadow" paddingTop={5} paddingBottom={5} paddingLeft={6} paddingRight={6}>
    <Flex justifyContent="space-between" alignItems="center" paddingBottom={4} gap={2}>
      <Typography id={id} variant="delta" tag="h2">
        {title}
      </Typography>
      {action}
    </Flex>
    {children}
  </Box>
);

/** Label above value, for the facts of a unit or a claim. */
export const Fact = ({ label, children }: { label: React.ReactNode; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="omega">{children}</Typography>
  </Flex>
);
