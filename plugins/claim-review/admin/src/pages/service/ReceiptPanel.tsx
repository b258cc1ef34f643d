import { Badge, Box, Flex, Grid, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { SATISFACTION_LABELS, componentName } from '../../../../shared';
import type { ReceiptView } from '../../api/service-types';
import { Fact } from '../../components/Section';
import { useT } from '../../utils/translate';

const backendURL = () => (typeof window !== 'undefined' && (window as { strapi?: { backendURL?: string } }).strapi?.backendURL) || '';
/** No address when the server could not link the signature's file (its `url` is null). */
const srcOf = (url: string | null) => (url === null ? undefined : /^https?:\/\//.test(url) ? url : `${backendURL()}${url}`);

/** 维修服务回执单 as the technician left it: fault, work, parts right or wrong, charge, signature, rating. */
export const ReceiptPanel = ({ receipt }: { receipt: ReceiptView }) => {
  const { t, money, dateTime, pick } = useT();
  const score = receipt.satisfaction;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} aria-label={t('service.receipt.title')} role="region">
      <Typography variant="sigma" textColor="neutral600" tag="h3">{t('service.receipt.title')}</Typography>
      <Grid.Root gap={3}>
        <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.receipt.completedAt')}>{dateTime(receipt.completedAt)}</Fact></Grid.Item>
        <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.receipt.coverage')}>{t(`service.receipt.${receipt.coverage}`)}</Fact></Grid.Item>
        <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.receipt.component')}>{receipt.faultComponent ? `${pick(componentName(receipt.faultComponent))} · ${receipt.faultComponent}` : '—'}</Fact></Grid.Item>
        <Grid.Item col={6} s={12} xs={12}><Fact label={t('service.receipt.faultFound')}>{receipt.faultFound}</Fact></Grid.Item>
        <Grid.Item col={6} s={12} xs={12}><Fact label={t('service.receipt.workDone')}>{receipt.workDone}</Fact></Grid.Item>
        <Grid.Item col={4} s={6} xs={6}><Fact label={t('service.receipt.travel')}>{receipt.travelKm === null ? '—' : t('unit.km', { km: receipt.travelKm })}</Fact></Grid.Item>
        <Grid.Item col={4} s={6} xs={6}>
          <Fact label={t('service.receipt.charge')}>{receipt.charge ? money(receipt.charge.totals.total) : t('service.receipt.noCharge')}</Fact>
        </Grid.Item>
        <Grid.Item col={4} s={6} xs={6}>
          <Fact label={t('service.receipt.satisfaction')}>{score ? `${score} · ${pick(SATISFACTION_LABELS[score])}` : '—'}</Fact>
        </Grid.Item>
        {receipt.comment && <Grid.Item col={12}><Fact label={t('service.receipt.comment')}>{receipt.comment}</Fact></Grid.Item>}
      </Grid.Root>
      {receipt.parts.length > 0 && (
        <Table colCount={4} rowCount={receipt.parts.length + 1}>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">{t('service.receipt.part')}</Typography></Th>
              <Th><Typography variant="sigma">{t('service.receipt.qtyIssued')}</Typography></Th>
              <Th><Typography variant="sigma">{t('service.receipt.qtyUsed')}</Typography></Th>
              <Th><Typography variant="sigma">{t('service.receipt.correct')}</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {receipt.parts.map((p) => (
              <Tr key={p.partNumber}>
                <Td><Typography>{p.partNumber}</Typography></Td>
                <Td><Typography>{p.qtyIssued}</Typography></Td>
                <Td><Typography>{p.qtyUsed}</Typography></Td>
                <Td>
                  <Badge backgroundColor={p.correct ? 'success100' : 'danger100'} textColor={p.correct ? 'success700' : 'danger700'}>
                    {p.correct ? t('service.receipt.partRight') : t('service.receipt.partWrong')}
                  </Badge>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <Flex gap={4} alignItems="flex-end" wrap="wrap">
        <Fact label={t('service.receipt.acceptedBy')}>{receipt.acceptance.name}</Fact>
        {receipt.acceptance.signature && (
          <Box borderColor="neutral200" hasRadius padding={1} background="neutral0">
            <img
              src={srcOf(receipt.acceptance.signature.url)}
              alt={t('service.receipt.signature', { name: receipt.acceptance.name })}
              style={{ maxWidth: '240px', maxHeight: '100px', display: 'block' }}
            />
          </Box>
        )}
        {receipt.acceptance.signature && (
          <Typography variant="pi" textColor="neutral500">SHA-256 {receipt.acceptance.signature.sha256.slice(0, 12)}…</Typography>
        )}
      </Flex>
    </Flex>
  );
};
