import { createContext, use, type ReactNode } from 'react';
import {
  useTranslation as useI18nextTranslation,
  type FallbackNs,
  type UseTranslationResponse,
} from 'react-i18next';

/** What `useTranslation()` without arguments returns: the default namespace, no key prefix. */
type Translation = UseTranslationResponse<FallbackNs<undefined>, undefined>;

const SharedTranslation = createContext<Translation | null>(null);

/**
 * The tree's one subscription to i18next. react-i18next's hook copies the whole i18next instance
 * into a wrapper for each component that calls it, on that component's first render: hundreds of
 * copies on a stage of a large roadmap, about a sixth of the stage's first render. What the hook
 * returns changes only with the language, so it is taken once here and handed down; a language
 * change still renders every component that translates.
 */
export const TranslationProvider = ({ children }: { children: ReactNode }) => (
  <SharedTranslation value={useI18nextTranslation()}>{children}</SharedTranslation>
);

/**
 * `t` and `i18n` as react-i18next's `useTranslation()` gives them, from the provider above. Every
 * root renders one (main.tsx, join.tsx, the tests' renderWithProviders); without it this fails
 * at the first component that translates.
 */
export const useTranslation = (): Translation => use(SharedTranslation)!;
