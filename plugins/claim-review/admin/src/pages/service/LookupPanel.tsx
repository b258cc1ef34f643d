import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { Problem } from '../../api/problem';
import type { LookupAnswer, UnitCard } from '../../api/service-types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { CoverageSummary } from '../../components/service/CoverageSummary';
import { RequestStatusBadge } from '../../components/service/ServiceStatusBadge';
import { useT } from '../../utils/translate';
import { claimPath, requestPath } from './paths';

const Row = ({ children }: { children: React.ReactNode }) => (
  <Flex tag="li" direction="column" alignItems="stretch" gap={1} paddingBottom={3} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0">
    {children}
  </Flex>
);

/** What the desk already knows of the caller: units, earlier requests and claims, beside the form. */
export const LookupPanel = ({
  answer,
  loading,
  error,
  searched,
  onPick,
}: {
  answer: LookupAnswer | undefined;
  loading: boolean;
  error: Problem | null;
  searched: boolean;
  onPick: (unit: UnitCard) => void;
}) => {
  const { t, tAny, dateTime } = useT();
  if (!searched) {
    return (
      <Section title={t('service.lookup.title')} id="lookup-title">
        <Typography textColor="neutral600">{t('service.lookup.hint')}</Typography>
      </Section>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={4} aria-busy={loading}>
      {error && <ProblemAlert problem={error} />}
      <Section title={t('service.lookup.units', { count: answer?.units.length ?? 0 })} id="lookup-units">
        {answer && answer.units.length === 0 && <Typography textColor="neutral600">{t('service.lookup.noUnits')}</Typography>}
        <Flex tag="ul" direction="column" alignItems="stretch" gap={3} aria-labelledby="lookup-units">
          {answer?.units.map((u) => (
            <Row key={u.serial}>
              <Flex justifyContent="space-between" gap={2}>
                <Typography fontWeight="bold">{u.serial}</Typography>
                <Button size="S" variant="secondary" onClick={() => onPick(u)}>
                  {t('service.lookup.pick')}
                </Button>
              </Flex>
              <Typography variant="pi">
                {u.model.code} · {u.model.name}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {t('service.lookup.sold', { date: u.saleDate ?? '—', dealer: u.sellingDealer ? `${u.sellingDealer.code} · ${u.sellingDealer.name}` : '—' })}
              </Typography>
              {u.customer && (
                <Typography variant="pi" textColor="neutral600">
                  {u.customer.name} · {u.customer.phone}
                </Typography>
              )}
              <CoverageSummary coverage={u.coverage} />
            </Row>
          ))}
        </Flex>
      </Section>
      <Section title={t('service.lookup.requests', { count: answer?.requests.length ?? 0 })} id="lookup-requests">
        {answer && answer.requests.length === 0 && <Typography textColor="neutral600">{t('service.lookup.noRequests')}</Typography>}
        <Flex tag="ul" direction="column" alignItems="stretch" gap={3} aria-labelledby="lookup-requests">
          {answer?.requests.map((r) => (
            <Row key={r.number}>
              <Flex justifyContent="space-between" gap={2}>
                <RouterLink to={requestPath(r.number)}>
                  <Typography textColor="primary600" fontWeight="semiBold">{r.number}</Typography>
                </RouterLink>
                <RequestStatusBadge status={r.status} />
              </Flex>
              <Typography variant="pi" textColor="neutral600">
                {dateTime(r.receivedAt)} · {r.serial ?? r.model ?? '—'}
              </Typography>
              <Typography variant="pi">{r.symptom}</Typography>
            </Row>
          ))}
        </Flex>
      </Section>
      <Section title={t('service.lookup.claims', { count: answer?.claims.length ?? 0 })} id="lookup-claims">
        {answer && answer.claims.length === 0 && <Typography textColor="neutral600">{t('service.lookup.noClaims')}</Typography>}
        <Flex tag="ul" direction="column" alignItems="stretch" gap={3} aria-labelledby="lookup-claims">
          {answer?.claims.map((c) => (
            <Row key={c.number}>
              <Flex justifyContent="space-between" gap={2}>
                <RouterLink to={claimPath(c.number)}>
                  <Typography textColor="primary600" fontWeight="semiBold">{c.number}</Typography>
                </RouterLink>
                <Typography variant="pi">{tAny(`status.${c.status}`, c.status)}</Typography>
              </Flex>
              <Box>
                <Typography variant="pi" textColor="neutral600">
                  {c.serial} · {c.repairDate ?? '—'}
                </Typography>
              </Box>
            </Row>
          ))}
        </Flex>
      </Section>
    </Flex>
  );
};
