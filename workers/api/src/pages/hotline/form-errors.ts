/** Field errors from the API's problem shape (`body.description`), keyed by form field name. */
export type FormErrors = Record<string, string>;

export function formErrors(errors: { path: string; message: string }[]): FormErrors {
  const byField: FormErrors = {};
  for (const error of errors) {
    const field = error.path.replace(/^body\./, "").split(".")[0] ?? "form";
    byField[field] ??= error.message;
  }
  return byField;
}
