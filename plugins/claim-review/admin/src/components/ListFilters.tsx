import { Box, Checkbox, Searchbar } from '@strapi/design-system';
import { useT } from '../utils/translate';

/** A list's free-text search box; `label` is both its name for screen readers and its placeholder. */
export const SearchFilter = ({ value, onChange, label }: { value: string; onChange: (text: string) => void; label: string }) => {
  const { t } = useT();
  return (
    <Box minWidth="280px">
      <Searchbar name="q" value={value} onChange={(e) => onChange(e.target.value)} onClear={() => onChange('')} clearLabel={t('common.clear')} placeholder={label}>
        {label}
      </Searchbar>
    </Box>
  );
};

/** A yes/only-these filter of a list, a checkbox that is either on or absent from the address. */
export const FlagFilter = ({ checked, onChange, children }: { checked: boolean; onChange: (value: 'true' | null) => void; children: React.ReactNode }) => (
  <Box paddingBottom={2}>
    <Checkbox checked={checked} onCheckedChange={(c: boolean | 'indeterminate') => onChange(c === true ? 'true' : null)}>
      {children}
    </Checkbox>
  </Box>
);
