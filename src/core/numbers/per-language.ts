/**
 * One value per UI language, built on first use: a form schema that reads numbers the
 * language's way is made once per language, not on every render.
 */
export function perLanguage<T>(build: (language: string) => T): (language: string) => T {
  const built = new Map<string, T>();
  return (language) => {
    let value = built.get(language);
    if (value === undefined) {
      value = build(language);
      built.set(language, value);
    }
    return value;
  };
}
