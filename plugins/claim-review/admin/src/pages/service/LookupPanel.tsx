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

/** One kind of record the lookup found, as a titled list that says so when there are none. */
function LookupList<T>({ id, title, empty, items, render }: { id: string; title: string; empty: string; items: T[] | undefined; render: (item: T) => React.ReactNode }) {
  return (
    <Section title={title} id={id}>
      {items && items.length === 0 && <Typography textColor="neutral600">{empty}</Typography>}
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3} aria-labelledby={id}>
        {items?.map(render)}
      </Flex>
    </Section>
  );
}

/** A found request's or claim's number, opening it, with its status beside. */
const NumberLink = ({ to, number, status }: { to: string; number: string; status: React.ReactNode }) => (
  <Flex justifyContent="space-between" gap={2}>
    <RouterLink to={to}>
      <Typography textColor="primary600" fontWeight="semiBold">{number}</Typography>
    </RouterLink>
    {status}
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
      <LookupList
        id="lookup-units"
        title={t('service.lookup.units', { count: answer?.units.length ?? 0 })}
        empty={t('service.lookup.noUnits')}
        items={answer?.units}
        render={(u) => (
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
        )}
      />
      <LookupList
        id="lookup-requests"
        title={t('service.lookup.requests', { count: answer?.requests.length ?? 0 })}
        empty={t('service.lookup.noRequests')}
        items={answer?.requests}
        render={(r) => (
          <Row key={r.number}>
            <NumberLink to={requestPath(r.number)} number={r.number} status={<RequestStatusBadge status={r.status} />} />
            <Typography variant="pi" textColor="neutral600">
              {dateTime(r.receivedAt)} · {r.serial ?? r.model ?? '—'}
            </Typography>
            <Typography variant="pi">{r.symptom}</Typography>
          </Row>
        )}
      />
      <LookupList
        id="lookup-claims"
        title={t('service.lookup.claims', { count: answer?.claims.length ?? 0 })}
        empty={t('service.lookup.noClaims')}
        items={answer?.claims}
        render={(c) => (
          <Row key={c.number}>
            <NumberLink to={claimPath(c.number)} number={c.number} status={<Typography variant="pi">{tAny(`status.${c.status}`, c.status)}</Typography>} />
            <Box>
              <Typography variant="pi" textColor="neutral600">
                {c.serial} · {c.repairDate ?? '—'}
              </Typography>
            </Box>
          </Row>
        )}
      />
    </Flex>
  );
};
