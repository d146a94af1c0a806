import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import type { Channel } from '../model/channel';
import { verdictReasonKeys } from '../model/channel-evidence';
import type { Verdict } from '../model/evidence';

const verdictMarks: Record<Verdict['kind'], string> = {
  supported: '✓',
  weak: '~',
  contradicted: '✗',
  'no-evidence': '?',
};

/** A verdict as a word with a mark (not colour alone) and its reason in a sentence. */
export function VerdictCell({ verdict, status }: { verdict: Verdict; status: Channel['status'] }) {
  const { t, i18n } = useTranslation();
  const keys = verdictReasonKeys(verdict);
  const share = verdict.share === null ? '' : formatNumber(verdict.share, i18n.language, 'share');
  const evidence = t(`channels.${keys.evidence}` as 'channels.reason.noEvidence', {
    status: t(`channels.status.${status}`),
    share,
  });
  const notAsked = keys.notAsked ? t(`channels.${keys.notAsked}`) : null;
  const competitors = !keys.competitors
    ? null
    : verdict.competitorsOffering === 0
      ? t('channels.competitorsOfferNone', { count: verdict.competitorsTotal })
      : t('channels.competitorsOffer', {
          count: verdict.competitorsOffering,
          total: verdict.competitorsTotal,
        });
  const reason = [evidence, notAsked, competitors].filter((part) => part !== null).join('; ');
  return (
    <div className={`verdict verdict-${verdict.kind}`}>
      <strong className="verdict-label">
        <span aria-hidden="true">{verdictMarks[verdict.kind]} </span>
        {t(`channels.verdict.${verdict.kind}`)}
      </strong>
      <span className="verdict-reason">{reason}.</span>
    </div>
  );
}
