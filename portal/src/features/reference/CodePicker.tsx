import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { Combobox, type ComboOption } from '../../ui/Combobox';

/**
 * A form field holding a code, picked from a model's reference (parts, operations,
 * components) or typed. `Field` gives it its id and descriptions, as it does an input.
 */
export function CodePicker<T extends FieldValues>({
  control,
  name,
  options,
  upperCase = false,
  placeholder,
  ...aria
}: {
  control: Control<T>;
  name: FieldPath<T>;
  options: ComboOption[];
  upperCase?: boolean;
  placeholder?: string;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Combobox
          ref={field.ref}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          options={options}
          placeholder={placeholder}
          autoCapitalize={upperCase ? 'characters' : 'none'}
          {...aria}
        />
      )}
    />
  );
}
