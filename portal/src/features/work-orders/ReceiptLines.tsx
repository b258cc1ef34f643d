import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@shared/contracts/findings';
import { Field } from '../../forms/Field';
import type { ReceiptForm } from './receiptFormModel';

/**
 * The parts issued and used (as on 零配件领料单), each marked right or wrong for the job,
 * and the labour: the lines the claim or the customer's charge is built from.
 */
export function ReceiptLines({
  control,
  register,
  errors: e,
  at,
}: {
  control: Control<ReceiptForm>;
  register: UseFormRegister<ReceiptForm>;
  errors: FieldErrors<ReceiptForm>;
  at: (path: string) => Finding[];
}) {
  const { t } = useTranslation();
  const parts = useFieldArray({ control, name: 'parts' });
  const labour = useFieldArray({ control, name: 'labour' });
  return (
    <>
      <fieldset className="card">
        <legend>{t('receipt.parts')}</legend>
        {parts.fields.length === 0 && <p className="muted">{t('receipt.noParts')}</p>}
        {parts.fields.map((f, i) => (
          <div key={f.id} className="receipt-line" role="group" aria-label={t('receipt.partRow', { n: i + 1 })}>
            <Field label={t('receipt.partNumber')} error={e.parts?.[i]?.partNumber?.message} findings={at(`parts.${i}.partNumber`)} className="wide">
              <input {...register(`parts.${i}.partNumber`)} autoCapitalize="characters" spellCheck={false} autoComplete="off" />
            </Field>
            <Field label={t('receipt.qtyIssued')} error={e.parts?.[i]?.qtyIssued?.message} findings={at(`parts.${i}.qtyIssued`)}>
              <input inputMode="numeric" {...register(`parts.${i}.qtyIssued`)} />
            </Field>
            <Field label={t('receipt.qtyUsed')} error={e.parts?.[i]?.qtyUsed?.message} findings={at(`parts.${i}.qtyUsed`)}>
              <input inputMode="numeric" {...register(`parts.${i}.qtyUsed`)} />
            </Field>
            <label className="choice">
              <input type="checkbox" {...register(`parts.${i}.correct`)} /> {t('receipt.correct')}
            </label>
            <button type="button" className="btn btn-small btn-remove" aria-label={t('receipt.removePart', { n: i + 1 })} onClick={() => parts.remove(i)}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => parts.append({ partNumber: '', qtyIssued: '1', qtyUsed: '1', correct: true })}>
          + {t('receipt.addPart')}
        </button>
      </fieldset>

      <fieldset className="card">
        <legend>{t('receipt.labour')}</legend>
        {labour.fields.length === 0 && <p className="muted">{t('receipt.noLabour')}</p>}
        {labour.fields.map((f, i) => (
          <div key={f.id} className="receipt-line" role="group" aria-label={t('receipt.labourRow', { n: i + 1 })}>
            <Field label={t('receipt.operation')} error={e.labour?.[i]?.operation?.message} findings={at(`labour.${i}.operation`)} className="wide">
              <input {...register(`labour.${i}.operation`)} autoCapitalize="characters" spellCheck={false} autoComplete="off" />
            </Field>
            <Field label={t('receipt.hours')} error={e.labour?.[i]?.hours?.message} findings={at(`labour.${i}.hours`)}>
              <input inputMode="decimal" {...register(`labour.${i}.hours`)} />
            </Field>
            <button type="button" className="btn btn-small btn-remove" aria-label={t('receipt.removeLabour', { n: i + 1 })} onClick={() => labour.remove(i)}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => labour.append({ operation: '', hours: '' })}>
          + {t('receipt.addLabour')}
        </button>
      </fieldset>
    </>
  );
}
