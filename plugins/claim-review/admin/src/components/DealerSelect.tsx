import type { Dealer } from '../api/types';
import { useApi } from '../api/client';
import { useResource } from '../api/useResource';
import { useT } from '../utils/translate';
import { DealerCombobox } from './DealerCombobox';

/** Dealers by code and name, typed to filter; the value is the dealer code. */
export const DealerSelect = ({
  value,
  onChange,
  label,
  id,
  placeholder,
  error,
}: {
  value: string | null;
  onChange: (code: string | null) => void;
  label: string;
  id: string;
  placeholder?: string;
  error?: string;
}) => {
  const api = useApi();
  const { t, lang } = useT();
  const dealers = useResource<Dealer[]>(() => api.dealers(), 'dealers');
  const name = (d: Dealer) => (lang === 'en' && d.nameEn ? d.nameEn : d.name);
  const options = (dealers.data ?? []).map((d) => ({ code: d.code, textValue: `${d.code} ${name(d)}`, label: `${d.code} · ${name(d)}` }));
  return (
    <DealerCombobox
      id={id}
      label={label}
      placeholder={placeholder ?? t('dealer.placeholder')}
      value={value}
      onChange={onChange}
      error={error}
      loading={dealers.loading}
      options={options}
    />
  );
};
