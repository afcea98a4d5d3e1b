/* eslint-disable no-unused-vars -- the base rule flags parameter names of TypeScript method signatures; @typescript-eslint/no-unused-vars checks .tsx */
/** Formula form and report date. The add-in form is offered only where custom functions run. */
import * as React from "react";
import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { FormulaForm } from "../../workbook/plan";
import { paneText } from "./paneStrings";

export interface InsertOptionsProps {
  form: FormulaForm;
  addinAvailable: boolean;
  reportDate: string;
  /** Why the report date cannot be used (a year before 1900, not a real day), shown under the field. */
  reportDateError?: string;
  onForm(form: FormulaForm): void;
  onReportDate(date: string): void;
}

export function InsertOptions({ form, addinAvailable, reportDate, reportDateError, onForm, onReportDate }: InsertOptionsProps): React.JSX.Element {
  return (
    <>
      <Field label={paneText("form")}>
        <RadioGroup value={form} onChange={(_, d) => onForm(d.value as FormulaForm)}>
          <Radio value="addin" label={paneText("formAddin")} disabled={!addinAvailable} />
          <Radio value="portable" label={paneText("formPortable")} />
        </RadioGroup>
      </Field>
      <Field
        label={paneText("reportDate")}
        hint={paneText("reportDateHint")}
        validationState={reportDateError ? "error" : "none"}
        validationMessage={reportDateError}
      >
        <Input type="date" value={reportDate} onChange={(_, d) => onReportDate(d.value)} />
      </Field>
    </>
  );
}
