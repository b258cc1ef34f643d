import { Link as RouterLink } from 'react-router-dom';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import type { ServiceRequestView } from '../../api/service-types';
import { Fact, Section } from '../../components/Section';
import { CoverageSummary } from '../../components/service/CoverageSummary';
import { useT } from '../../utils/translate';
import { claimPath } from './paths';

const byName = (by: { name: string } | string | null | undefined) => (by && typeof by === 'object' ? by.name : (by ?? ''));

/** The call as registered (产品售后服务登记表): caller, unit and coverage, symptom, triage, linked claim. */
export const RequestFacts = ({ request }: { request: ServiceRequestView }) => {
  const { t, tAny, dateTime } = useT();
  const { caller, unit } = request;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Section title={t('service.request.call')} id="request-call">
        <Grid.Root gap={4}>
          <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.field.channel')}>{tAny(`service.channel.${request.channel}`, request.channel)}</Fact></Grid.Item>
          <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.field.receivedAt')}>{dateTime(request.receivedAt)}</Fact></Grid.Item>
          <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.request.receivedBy')}>{request.receivedBy?.name ?? '—'}</Fact></Grid.Item>
          <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.field.callerName')}>{caller.name}</Fact></Grid.Item>
          <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.field.phone')}>{caller.phone}</Fact></Grid.Item>
          <Grid.Item col={4} s={12} xs={12}><Fact label={t('service.field.address')}>{[caller.address.region, caller.address.line].filter(Boolean).join(' ')}</Fact></Grid.Item>
          <Grid.Item col={12}><Fact label={t('service.field.symptom')}>{request.symptom}</Fact></Grid.Item>
          {request.triage && (
            <Grid.Item col={12}>
              <Fact label={t('service.request.triage')}>
                {[t(`service.triage.${request.triage.outcome}`), request.triage.note, dateTime(request.triage.at), byName(request.triage.by)].filter(Boolean).join(' · ')}
              </Fact>
            </Grid.Item>
          )}
        </Grid.Root>
      </Section>
      <Section title={t('service.request.unit')} id="request-unit">
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} xs={12}><Fact label={t('service.field.serial')}>{unit.serial ?? t('service.noSerial')}</Fact></Grid.Item>
          <Grid.Item col={6} s={12} xs={12}><Fact label={t('service.field.model')}>{unit.model ? `${unit.model.code} · ${unit.model.name}` : '—'}</Fact></Grid.Item>
          <Grid.Item col={6} s={12} xs={12}><Fact label={t('unit.saleDate')}>{unit.saleDate ?? '—'}</Fact></Grid.Item>
          <Grid.Item col={6} s={12} xs={12}><Fact label={t('service.field.purchaseDate')}>{unit.purchaseDate ?? '—'}</Fact></Grid.Item>
          <Grid.Item col={6} s={12} xs={12}><Fact label={t('unit.sellingDealer')}>{unit.sellingDealer ? `${unit.sellingDealer.code} · ${unit.sellingDealer.name}` : '—'}</Fact></Grid.Item>
          <Grid.Item col={6} s={12} xs={12}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography variant="sigma" textColor="neutral600">{t('service.request.coverage')}</Typography>
              <CoverageSummary coverage={unit.coverage} />
            </Flex>
          </Grid.Item>
        </Grid.Root>
        <Box paddingTop={4}>
          <Typography variant="sigma" textColor="neutral600" tag="h3">{t('service.request.claim')}</Typography>
          {request.claim ? (
            <Flex gap={2} paddingTop={1}>
              <RouterLink to={claimPath(request.claim.number)}>
                <Typography textColor="primary600" fontWeight="semiBold">{request.claim.number}</Typography>
              </RouterLink>
              <Typography variant="pi">{tAny(`status.${request.claim.status}`, request.claim.status)}</Typography>
            </Flex>
          ) : (
            <Typography variant="pi" textColor="neutral500" tag="p">{t('service.request.noClaim')}</Typography>
          )}
        </Box>
      </Section>
    </Flex>
  );
};
