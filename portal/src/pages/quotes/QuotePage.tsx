import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@shared/contracts/findings';
import type { Quote } from '@shared/contracts/quote';
import { businessDate } from '@shared/calendar/business-date';
import { quoteInputSchema } from '@shared/schemas/quote';
import { api, type QuoteInput } from '../../api';
import { saveBlob } from '../../api/saveBlob';
import { isApiError } from '../../api/client';
import { useSession } from '../../features/auth/session';
import { QuoteResult } from '../../features/quotes/QuoteResult';
import { CodePicker } from '../../features/reference/CodePicker';
import { useModelOptions, usePickerOptions } from '../../features/reference/pickerOptions';
import { useModelReference } from '../../features/reference/useModelReference';
import { useResource } from '../../api/useResource';
import { Field } from '../../forms/Field';
import { readNumber } from '../../forms/numbers';
import { nestFieldErrors, schemaResolver } from '../../forms/schemaResolver';
import { useErrorText } from '../../ui/errors';
import { FindingList } from '../../ui/FindingList';

interface QuoteForm {
  model: string;
  parts: { partNumber: string; qty: string }[];
  labour: { operation: string; hours: string }[];
  travelKm: string;
}

function toInput(v: QuoteForm) {
  return {
    model: v.model.trim().toUpperCase(),
    parts: v.parts.map((p) => ({ partNumber: p.partNumber.trim().toUpperCase(), qty: readNumber(p.qty) })),
    labour: v.labour.map((l) => ({ operation: l.operation.trim().toUpperCase(), hours: readNumber(l.hours) ?? null })),
    travelKm: readNumber(v.travelKm) ?? null,
  };
}

const resolver = schemaResolver<QuoteForm, typeof quoteInputSchema>(quoteInputSchema, toInput);

/** 三包期外收费报价: parts at guide price with VAT, labour and travel at the fee card. */
export default function QuotePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const errorText = useErrorText();
  const [quote, setQuote] = useState<{ quote: Quote; model: string; input: QuoteInput } | null>(null);
  const [pdf, setPdf] = useState<'busy' | 'failed' | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A quote with an error finding (a core part, an unknown operation) is refused with 422: say why.
  const refused: Finding[] = isApiError(error) ? (error.details.findings ?? []) : [];
  const form = useForm<QuoteForm>({
    resolver,
    defaultValues: { model: '', parts: [{ partNumber: '', qty: '1' }], labour: [], travelKm: '' },
  });
  const { register, control, handleSubmit, formState, setError: setFieldError } = form;
  const parts = useFieldArray({ control, name: 'parts' });
  const labour = useFieldArray({ control, name: 'labour' });
  const e = formState.errors;
  // Models and, once one is chosen, its parts (at guide price: what the customer pays) and operations.
  const models = useResource((signal) => api.models(signal), []);
  const modelOptions = useModelOptions(models.data?.data);
  const model = useWatch({ control, name: 'model' });
  const known = models.data?.data.find((m) => m.code.toLowerCase() === (model ?? '').trim().toLowerCase());
  const options = usePickerOptions(useModelReference(known?.code), 'guide');

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const input = quoteInputSchema.parse(toInput(values));
      setQuote({ quote: await api.quote(input), model: input.model, input });
    } catch (err) {
      if (isApiError(err) && err.details.fields) {
        const nested = nestFieldErrors<QuoteForm>(err.details.fields);
        for (const [name, value] of Object.entries(nested)) setFieldError(name as 'model', value as { type: string; message: string });
      }
      setError(err);
      setQuote(null);
    }
  });

  return (
    <section className="page">
      <div className="no-print">
        <h1>{t('quotes.title')}</h1>
        <p className="muted">{t('quotes.intro')}</p>
        <form className="card stack" onSubmit={onSubmit} noValidate>
          <Field label={t('quotes.model')} error={e.model?.message} hint={t('quotes.modelHint')}>
            <CodePicker control={control} name="model" options={modelOptions} upperCase placeholder={t('picker.typeToSearch')} />
          </Field>

          <fieldset>
            <legend>{t('quotes.parts')}</legend>
            {parts.fields.map((f, i) => (
              <div key={f.id} className="row-line">
                <Field label={t('claims.partNumber')} error={e.parts?.[i]?.partNumber?.message}>
                  <CodePicker control={control} name={`parts.${i}.partNumber`} options={options.parts} upperCase placeholder={t('picker.typeToSearch')} />
                </Field>
                <Field label={t('claims.qty')} error={e.parts?.[i]?.qty?.message} className="narrow">
                  <input {...register(`parts.${i}.qty`)} inputMode="numeric" />
                </Field>
                <button type="button" className="btn btn-small btn-remove" aria-label={t('claims.removePart', { n: i + 1 })} onClick={() => parts.remove(i)}>
                  ×
                </button>
              </div>
            ))}
            <button type="button" className="btn btn-small" onClick={() => parts.append({ partNumber: '', qty: '1' })}>
              + {t('claims.addPart')}
            </button>
          </fieldset>

          <fieldset>
            <legend>{t('quotes.labour')}</legend>
            {labour.fields.map((f, i) => (
              <div key={f.id} className="row-line">
                <Field label={t('claims.operation')} error={e.labour?.[i]?.operation?.message}>
                  <CodePicker control={control} name={`labour.${i}.operation`} options={options.operations} upperCase placeholder={t('picker.typeToSearch')} />
                </Field>
                <Field label={t('quotes.hoursOptional')} error={e.labour?.[i]?.hours?.message} className="narrow">
                  <input {...register(`labour.${i}.hours`)} inputMode="decimal" />
                </Field>
                <button type="button" className="btn btn-small btn-remove" aria-label={t('claims.removeLabour', { n: i + 1 })} onClick={() => labour.remove(i)}>
                  ×
                </button>
              </div>
            ))}
            <button type="button" className="btn btn-small" onClick={() => labour.append({ operation: '', hours: '' })}>
              + {t('claims.addLabour')}
            </button>
          </fieldset>

          <Field label={t('quotes.travelKm')} error={e.travelKm?.message} className="narrow">
            <input {...register('travelKm')} inputMode="numeric" />
          </Field>

          {!!error && (
            <p className="alert alert-error" role="alert">
              {errorText(error)}
            </p>
          )}
          {refused.length > 0 && <FindingList findings={refused} />}
          <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.calculating') : t('quotes.calculate')}
          </button>
        </form>
      </div>

      {quote && (
        <>
          <QuoteResult quote={quote.quote} model={quote.model} dealer={me?.dealer} today={businessDate(new Date())} />
          <div className="actions no-print">
            <button type="button" className="btn" onClick={() => window.print()}>
              {t('quotes.print')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={pdf === 'busy'}
              onClick={async () => {
                setPdf('busy');
                try {
                  saveBlob(await api.quotePdf(quote.input), `quote-${quote.model}-${businessDate(new Date())}.pdf`);
                  setPdf(null);
                } catch {
                  setPdf('failed');
                }
              }}
            >
              {pdf === 'busy' ? t('quotes.pdfBusy') : t('quotes.pdf')}
            </button>
            {pdf === 'failed' && <p role="alert" className="error">{t('quotes.pdfFailed')}</p>}
          </div>
        </>
      )}
    </section>
  );
}
