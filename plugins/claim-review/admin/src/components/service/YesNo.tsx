import { Field, Flex, Radio } from '@strapi/design-system';
import { useT } from '../../utils/translate';

/** A yes / no question of a call script; null until answered. */
export const YesNo = ({ id, label, value, onChange, error }: { id: string; label: string; value: boolean | null; onChange: (v: boolean) => void; error?: string }) => {
  const { t } = useT();
  return (
    <Field.Root id={id} error={error}>
      <Field.Label>{label}</Field.Label>
      <Radio.Group aria-label={label} value={value === null ? '' : value ? 'yes' : 'no'} onValueChange={(v: string) => onChange(v === 'yes')}>
        <Flex gap={4}>
          <Radio.Item value="yes">{t('common.yes')}</Radio.Item>
          <Radio.Item value="no">{t('common.no')}</Radio.Item>
        </Flex>
      </Radio.Group>
      <Field.Error />
    </Field.Root>
  );
};
