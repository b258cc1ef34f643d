import { Grid, Typography } from '@strapi/design-system';
import type { RemedyValue } from '../../../../shared';
import { Fact } from '../../components/Section';
import { useT } from '../../utils/translate';

/** What a replacement or refund is worth: the reviewer decides with the money in view. */
export function RemedyValueFacts({ value }: { value: RemedyValue }) {
  const { t, money } = useT();
  const charge = value.free
    ? t(`remedyValue.free.${value.free}`)
    : value.rateBp === null
      ? money(0)
      : `${value.usageCharge === null ? '—' : money(value.usageCharge)} (${t('remedyValue.chargeBasis', { km: value.km ?? '—', rate: value.rateBp / 100 })})`;
  return (
    <>
      <Grid.Item col={12}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('remedyValue.title', { remedy: t(`remedy.${value.remedy}`) })}
        </Typography>
      </Grid.Item>
      <Grid.Item col={4} s={6} xs={6}><Fact label={t('remedyValue.unitPrice')}>{value.unitPrice === null ? '—' : money(value.unitPrice)}</Fact></Grid.Item>
      <Grid.Item col={4} s={6} xs={6}><Fact label={t('remedyValue.usageCharge')}>{charge}</Fact></Grid.Item>
      <Grid.Item col={4} s={6} xs={6}><Fact label={t('remedyValue.net')}>{value.net === null ? '—' : money(value.net)}</Fact></Grid.Item>
    </>
  );
}
