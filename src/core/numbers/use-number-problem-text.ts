import { useTranslation } from '../../components/ui/translation';
import { useProblemText } from '../../components/ui/use-problem-text';
import { numberProblemMessage } from './number-problem';
import type { NumberRefusal } from './number-rules';

/** Turns a refused number into the sentence shown next to its field, in the UI language. */
export function useNumberProblemText(): (refusal: NumberRefusal) => string {
  const { i18n } = useTranslation();
  const problemText = useProblemText();
  return (refusal) => problemText(numberProblemMessage(refusal, i18n.language));
}
