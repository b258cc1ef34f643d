import { Box, Flex, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import type { Finding } from '../../../shared';
import { useT } from '../utils/translate';

/** The precheck's coded findings, errors first, each with the clause that decides it. */
export const FindingsList = ({ findings }: { findings: Finding[] }) => {
  const { t, pick } = useT();
  if (findings.length === 0) {
    return (
      <Flex gap={2}>
        <CheckCircle fill="success600" aria-hidden />
        <Typography textColor="success700">{t('findings.none')}</Typography>
      </Flex>
    );
  }
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {sorted.map((f, i) => (
        <Box
          tag="li"
          key={`${f.code}-${i}`}
          padding={3}
          hasRadius
          background={f.severity === 'error' ? 'danger100' : 'warning100'}
          borderColor={f.severity === 'error' ? 'danger200' : 'warning200'}
        >
          <Flex gap={2} alignItems="flex-start">
            <WarningCircle fill={f.severity === 'error' ? 'danger600' : 'warning600'} aria-hidden />
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography fontWeight="semiBold">
                {f.severity === 'error' ? t('findings.error') : t('findings.warning')} · {f.code}
              </Typography>
              <Typography>{pick(f.message)}</Typography>
              {f.clause && (
                <Typography variant="pi" textColor="neutral600">
                  {pick(f.clause)}
                </Typography>
              )}
            </Flex>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
