import { useEffect, useRef, useState } from 'react';
import { useAutosaveTo, type Saver } from '../../../core/kit/use-autosave-write';

export type DateValues<K extends string> = Record<K, string | null>;

const asTexts = <K extends string>(values: DateValues<K>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value ?? ''])) as Record<
    K,
    string
  >;

/**
 * A group of date fields that save together: the dates depend on each other (a pilot before the
 * launch, steps in order), so the whole group is checked on every change. Valid dates save a
 * moment later; an invalid combination shows its message next to the field that breaks it and
 * writes nothing. Stored dates are taken over whenever nobody is editing the group.
 */
export function useDatesDraft<K extends string>(
  stored: DateValues<K>,
  check: (values: DateValues<K>) => Partial<Record<K, string>>,
  onSave: Saver<DateValues<K>>,
) {
  const [texts, setTexts] = useState(() => asTexts(stored));
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const group = useRef<HTMLDivElement>(null);
  const { state, schedule, flush, isBusy } = useAutosaveTo(onSave);
  const storedKey = JSON.stringify(stored);

  useEffect(() => {
    if (group.current?.contains(document.activeElement) || isBusy()) return;
    setTexts(asTexts(JSON.parse(storedKey) as DateValues<K>));
    setErrors({});
  }, [storedKey, isBusy]);

  const change = (key: K, text: string) => {
    const next = { ...texts, [key]: text };
    setTexts(next);
    const values = Object.fromEntries(
      Object.entries<string>(next).map(([name, value]) => [name, value === '' ? null : value]),
    ) as DateValues<K>;
    const problems = check(values);
    setErrors(problems);
    if (Object.keys(problems).length === 0) schedule(values);
  };

  return { group, texts, errors, state, change, flush, hasErrors: Object.keys(errors).length > 0 };
}
