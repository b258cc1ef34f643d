import { fieldMessages } from '../../../../shared';
import { useT } from '../../utils/translate';

/**
 * The text of each coded field error (details.fields): the service desk's own codes
 * (not_found, same_dealer) from the plugin's messages, the rest from the core catalogue.
 */
export function useFieldText() {
  const { tAny, pick } = useT();
  return (fields: Record<string, string>): Record<string, string> => {
    const core = fieldMessages(fields);
    return Object.fromEntries(
      Object.entries(fields).map(([path, code]) => [path, tAny(`service.field.${code}`, pick(core[path]))]),
    );
  };
}
