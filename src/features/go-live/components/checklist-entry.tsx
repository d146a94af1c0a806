import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { saveTarget } from '../../../core/kit/save-target';
import { saveMethodItemWrite, updateOwnItemWrite } from '../api/go-live-queries';
import { readinessAnswers, type ReadinessAnswer, type ReadinessItem } from '../model/go-live';
import type { ChecklistEntry as Entry } from '../model/readiness-checklist';
import { ChecklistSource } from './checklist-source';
import type { GoLiveActions } from './use-go-live-actions';

export interface ChecklistEntryProps {
  roadmapId: string;
  entry: Entry;
  /** The stored row of an own item, for removal with undo. */
  item: ReadinessItem | undefined;
  actions: GoLiveActions;
}

const stateIcon = { done: '✓', open: '○', 'not-applicable': '–' } as const;

/** One checklist item: its state in words and icon, where it comes from, and its answer. */
export function ChecklistEntry({ roadmapId, entry, item, actions }: ChecklistEntryProps) {
  const { t } = useTranslation();
  const id = useId();
  const { mutations, report } = actions;
  const label = entry.catalogKey ? t(`readinessCatalog.${entry.catalogKey}.label`) : entry.label;
  const state = !entry.applicable ? 'not-applicable' : entry.done ? 'done' : 'open';
  const save = (patch: { answer?: ReadinessAnswer; note?: string; label?: string }) =>
    entry.catalogKey
      ? mutations.saveMethodItem.mutateAsync({ key: entry.catalogKey, patch })
      : mutations.updateOwnItem.mutateAsync({ itemId: entry.itemId ?? '', patch });
  // Where a typed note or name goes: kept as a draft until stored, like every self-saving field.
  const key = entry.catalogKey;
  const itemId = entry.itemId ?? '';
  const target = (field: 'note' | 'label') =>
    key
      ? saveTarget(
          saveMethodItemWrite,
          roadmapId,
          `readiness:${key}:${field}`,
          (value: string) => ({
            key,
            patch: { [field]: value },
          }),
        )
      : saveTarget(
          updateOwnItemWrite,
          roadmapId,
          `readiness:${itemId}:${field}`,
          (value: string) => ({
            itemId,
            patch: { [field]: value },
          }),
        );
  const answers = readinessAnswers.filter(
    (answer) => answer !== 'auto' || entry.catalogKey !== null || entry.answer === 'auto',
  );
  const autoState = t(`goLive.checklist.state.${entry.automatic ? 'done' : 'open'}`);

  return (
    <li className={`checklist-entry checklist-${state}`} aria-labelledby={`${id}-label`}>
      <p className="checklist-state">
        <span aria-hidden="true" className="checklist-icon">
          {stateIcon[state]}
        </span>{' '}
        {t(`goLive.checklist.state.${state}`)}
      </p>
      <div className="checklist-body">
        <h3 id={`${id}-label`} className="checklist-label">
          {label}
        </h3>
        <ChecklistSource roadmapId={roadmapId} entry={entry} />
        {entry.catalogKey ? (
          <p className="field-hint">{t(`readinessCatalog.${entry.catalogKey}.hint`)}</p>
        ) : null}
        <AutosaveField
          className="checklist-note"
          readInPresenting
          label={t('goLive.checklist.note')}
          value={entry.note}
          onSave={target('note')}
        />
      </div>
      <div className="checklist-controls" data-edit-only>
        <div className="field">
          <label htmlFor={`${id}-answer`}>{t('goLive.checklist.answer')}</label>
          <select
            id={`${id}-answer`}
            value={entry.answer}
            onChange={(event) =>
              void save({ answer: event.target.value as ReadinessAnswer }).catch(report)
            }
          >
            {answers.map((answer) => (
              <option key={answer} value={answer}>
                {answer === 'auto'
                  ? `${t('goLive.checklist.answerOption.auto')} (${autoState})`
                  : t(`goLive.checklist.answerOption.${answer}`)}
              </option>
            ))}
          </select>
        </div>
        {entry.catalogKey === null && item ? (
          <div className="checklist-own">
            <AutosaveField
              label={t('goLive.checklist.itemName')}
              value={entry.label}
              validate={(value) => (value.trim() === '' ? t('validation.required') : null)}
              onSave={target('label')}
            />
            <button
              type="button"
              className="button button-quiet"
              aria-label={t('goLive.checklist.remove', { label: entry.label })}
              onClick={() => void actions.removeItem(item)}
            >
              {t('goLive.checklist.removeShort')}
            </button>
          </div>
        ) : null}
      </div>
    </li>
  );
}
