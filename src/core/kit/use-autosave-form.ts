import { useEffect, useRef, useState } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import { useTranslation } from '../../components/ui/translation';
import type { z } from 'zod';
import { useZodForm } from '../../components/ui/use-zod-form';
import type { SaveTarget } from './save-target';
import { useAutosaveTo, useEditedFields } from './use-autosave-write';

export interface AutosaveFormOptions<Values extends FieldValues, Fields extends object> {
  /**
   * The record's rules for the UI language: form text in, stored fields out. A module function,
   * like `toValues`: a new one on every render would reset the form each time.
   */
  schema: (language: string) => z.ZodType<Fields, Values>;
  /** The stored record as the form shows it in that language. */
  toValues: (stored: Fields, language: string) => Values;
  stored: Fields;
  /** Where a valid change goes: only the fields that differ from `stored`. */
  target: SaveTarget<Partial<Fields>>;
}

/**
 * An edit form that saves itself: every change is checked against the record's schema; a valid
 * record saves a moment later (only the fields the user changed in the form, so another tab's
 * edit of the others is kept), an invalid one shows why next to the field and writes nothing.
 * Changes made elsewhere (another tab, an undo) are taken over whenever nobody is editing in the
 * form.
 */
export function useAutosaveForm<Values extends FieldValues, Fields extends object>({
  schema,
  toValues,
  stored,
  target,
}: AutosaveFormOptions<Values, Fields>) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const { state, schedule, flush, isBusy } = useAutosaveTo(target);
  const form = useZodForm(schema(language), {
    defaultValues: toValues(stored, language) as DefaultValues<Values>,
  });
  const { trigger, getValues, reset } = form;
  const [isInvalid, setInvalid] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fields = useEditedFields(stored);
  useEffect(() => {
    if (formRef.current?.contains(document.activeElement) || isBusy()) return;
    fields.refill(stored);
    reset(toValues(stored, language));
  }, [stored, language, toValues, isBusy, reset, fields]);

  const onEdit = async () => {
    const isValid = await trigger();
    setInvalid(!isValid);
    if (!isValid) return;
    const parsed = schema(language).safeParse(getValues());
    if (parsed.success) schedule(fields.changes(parsed.data, stored));
  };

  /** What the `<form>` element needs: its ref, the change handler, and Enter saving at once. */
  const formProps = {
    ref: formRef,
    noValidate: true,
    onChange: () => void onEdit(),
    onSubmit: (event: { preventDefault: () => void }) => {
      event.preventDefault();
      void flush();
    },
  };
  return { form, formProps, state, isInvalid, flush };
}
