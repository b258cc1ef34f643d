import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Finding } from "@shared/contracts/findings";
import { Field } from "../../forms/Field";
import { CodePicker } from "../reference/CodePicker";
import type { ComboOption } from "../../ui/Combobox";
import type { ClaimForm } from "./claimFormModel";

/**
 * The claim form's replaced parts, labour and travel: rows with pickers fed by the unit's
 * model. A row left empty is not sent (claimFormModel), so it is never an error.
 */
export function ClaimItemsFields({
  form,
  at,
  options,
}: {
  form: UseFormReturn<ClaimForm>;
  at: (path: string) => Finding[];
  options: { parts: ComboOption[]; operations: ComboOption[] };
}) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const e = formState.errors;
  const parts = useFieldArray({ control, name: "parts" });
  const labour = useFieldArray({ control, name: "labour" });
  return (
    <>
      <fieldset className="card">
        <legend>{t("claims.sectionParts")}</legend>
        {parts.fields.length === 0 && (
          <p className="muted">{t("claims.noParts")}</p>
        )}
        {parts.fields.map((f, i) => (
          <div
            key={f.id}
            className="row-line"
            role="group"
            aria-label={t("claims.partRow", { n: i + 1 })}
          >
            <Field
              label={t("claims.partNumber")}
              error={e.parts?.[i]?.partNumber?.message}
              findings={at(`parts.${i}.partNumber`)}
            >
              <CodePicker
                control={control}
                name={`parts.${i}.partNumber`}
                options={options.parts}
                upperCase
                placeholder={t("picker.typeToSearch")}
              />
            </Field>
            <Field
              label={t("claims.qty")}
              error={e.parts?.[i]?.qty?.message}
              findings={at(`parts.${i}.qty`)}
              className="narrow"
            >
              <input inputMode="numeric" {...register(`parts.${i}.qty`)} />
            </Field>
            <label className="choice causal">
              <input type="checkbox" {...register(`parts.${i}.causal`)} />{" "}
              {t("claims.causal")}
            </label>
            <button
              type="button"
              className="btn btn-small btn-remove"
              aria-label={t("claims.removePart", { n: i + 1 })}
              onClick={() => parts.remove(i)}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            parts.append({ partNumber: "", qty: "1", causal: false })
          }
        >
          + {t("claims.addPart")}
        </button>
      </fieldset>

      <fieldset className="card">
        <legend>{t("claims.sectionLabour")}</legend>
        {labour.fields.length === 0 && (
          <p className="muted">{t("claims.noLabour")}</p>
        )}
        {labour.fields.map((f, i) => (
          <div
            key={f.id}
            className="row-line"
            role="group"
            aria-label={t("claims.labourRow", { n: i + 1 })}
          >
            <Field
              label={t("claims.operation")}
              error={e.labour?.[i]?.operation?.message}
              findings={at(`labour.${i}.operation`)}
            >
              <CodePicker
                control={control}
                name={`labour.${i}.operation`}
                options={options.operations}
                upperCase
                placeholder={t("picker.typeToSearch")}
              />
            </Field>
            <Field
              label={t("claims.hours")}
              error={e.labour?.[i]?.hours?.message}
              findings={at(`labour.${i}.hours`)}
              className="narrow"
            >
              <input inputMode="decimal" {...register(`labour.${i}.hours`)} />
            </Field>
            <button
              type="button"
              className="btn btn-small btn-remove"
              aria-label={t("claims.removeLabour", { n: i + 1 })}
              onClick={() => labour.remove(i)}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small"
          onClick={() => labour.append({ operation: "", hours: "" })}
        >
          + {t("claims.addLabour")}
        </button>
        <Field
          label={t("claims.travelKm")}
          error={e.travel?.km?.message}
          findings={at("travel.km")}
          hint={t("claims.travelHint")}
          className="narrow"
        >
          <input inputMode="numeric" {...register("travel.km")} />
        </Field>
      </fieldset>
    </>
  );
}
