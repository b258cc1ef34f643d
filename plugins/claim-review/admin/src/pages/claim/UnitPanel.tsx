import { Badge, Flex, Grid, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import type { ClaimDetail } from '../../api/types';
import { Fact, Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../utils/translate';

/** 产品档案: the unit, its warranty card and policy, and the unit's earlier claims. */
export const UnitPanel = ({ claim }: { claim: ClaimDetail }) => {
  const { t, money, lang } = useT();
  const unit = claim.unit;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Section title={t('unit.title')} id="unit-title">
        {unit ? (
          <Grid.Root gap={4}>
            <Grid.Item col={6} s={12} xs={12}>
              <Fact label={t('unit.serial')}>{unit.serial}</Fact>
            </Grid.Item>
            <Grid.Item col={6} s={12} xs={12}>
              <Fact label={t('unit.model')}>
                {unit.model ? `${unit.model.code} · ${lang === 'en' && unit.model.nameEn ? unit.model.nameEn : unit.model.name}` : '—'}
              </Fact>
            </Grid.Item>
            <Grid.Item col={6} s={12} xs={12}>
              <Fact label={t('unit.buildDate')}>{unit.buildDate ?? '—'}</Fact>
            </Grid.Item>
            <Grid.Item col={6} s={12} xs={12}>
              <Fact label={t('unit.saleDate')}>{unit.saleDate ?? '—'}</Fact>
            </Grid.Item>
            <Grid.Item col={6} s={12} xs={12}>
              <Fact label={t('unit.registrationDate')}>
                {unit.registrationDate ?? t('unit.notRegistered')}
                {unit.registrationLate && (
                  <Badge marginLeft={2} backgroundColor="danger100" textColor="danger700">
                    {t('unit.late')}
                  </Badge>
                )}
              </Fact>
            </Grid.Item>
            <Grid.Item col={6} s={12} xs={12}>
              <Fact label={t('unit.sellingDealer')}>{unit.dealer ? `${unit.dealer.code} · ${unit.dealer.name}` : '—'}</Fact>
            </Grid.Item>
            <Grid.Item col={12}>
              <Fact label={t('unit.policy')}>{claim.policy ? [claim.policy.name ?? claim.policy.code, claim.policy.clause].filter(Boolean).join(' · ') : '—'}</Fact>
            </Grid.Item>
          </Grid.Root>
        ) : (
          <Typography textColor="neutral600">{t('unit.unknown', { serial: claim.serial })}</Typography>
        )}
      </Section>
      <Section title={t('history.title')} id="history-title">
        {claim.unitHistory.length === 0 ? (
          <Typography textColor="neutral600">{t('history.none')}</Typography>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {claim.unitHistory.map((h) => (
              <Flex tag="li" key={h.number} justifyContent="space-between" gap={2} paddingBottom={2} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0">
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <RouterLink to={`../${encodeURIComponent(h.number)}`} relative="path">
                    <Typography textColor="primary600" fontWeight="semiBold">{h.number}</Typography>
                  </RouterLink>
                  <Typography variant="pi" textColor="neutral600">
                    {h.repairDate} · {money(h.totals?.total)}
                  </Typography>
                </Flex>
                <StatusBadge status={h.status} />
              </Flex>
            ))}
          </Flex>
        )}
      </Section>
    </Flex>
  );
};
