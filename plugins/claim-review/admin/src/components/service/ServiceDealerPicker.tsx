import type { ServiceDealer } from '../../api/service-types';
import { useServiceApi } from '../../api/service-client';
import { useResource } from '../../api/useResource';
import { useT } from '../../utils/translate';
import { DealerCombobox } from '../DealerCombobox';

/** Active dealers for a work order, those of the caller's region first, each with its open workload. */
export const ServiceDealerPicker = ({
  id,
  label,
  region,
  value,
  onChange,
  error,
  exclude,
}: {
  id: string;
  label: string;
  region?: string | null;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  exclude?: string;
}) => {
  const api = useServiceApi();
  const { t } = useT();
  const dealers = useResource<ServiceDealer[]>(() => api.dealers(region), `service-dealers:${region ?? ''}`);
  const options = (dealers.data ?? [])
    .filter((d) => d.code !== exclude)
    .map((d) => ({
      code: d.code,
      textValue: `${d.code} ${d.name}`,
      label: t('service.dealer.option', { code: d.code, name: d.name, region: d.region ?? '—', open: d.openWorkOrders }),
    }));
  return (
    <DealerCombobox
      id={id}
      label={label}
      placeholder={t('service.dealer.placeholder')}
      value={value}
      onChange={onChange}
      error={error}
      loading={dealers.loading}
      options={options}
    />
  );
};
