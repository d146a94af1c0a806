import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { SubjectChanges } from '../api/starting-point-repository';
import type { Subject } from '../model/starting-point';
import { AddCompetitorForm } from './add-competitor-form';
import { SubjectDetails } from './subject-details';

export interface SubjectsPanelProps {
  roadmapId: string;
  subjects: readonly Subject[];
  onAdd: (name: string) => Promise<void>;
  onChange: (subjectId: string, changes: SubjectChanges) => Promise<unknown>;
  onMove: (subjectId: string, step: -1 | 1) => void;
  onRemove: (subject: Subject) => void;
}

/** A <details> whose content renders only once opened: 60 closed subjects cost 60 summaries. */
function LazyDetails({ summary, children }: { summary: ReactNode; children: () => ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      {summary}
      {isOpen ? children() : null}
    </details>
  );
}

/** Memoised: typing scores does not touch the subjects, so this list does not repaint. */
export const SubjectsPanel = memo(function SubjectsPanel({
  roadmapId,
  subjects,
  onAdd,
  onChange,
  onMove,
  onRemove,
}: SubjectsPanelProps) {
  const { t } = useTranslation();
  const isNameTaken = (name: string, exceptId?: string) =>
    subjects.some(
      (subject) =>
        subject.id !== exceptId && subject.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
    );
  const competitors = subjects.filter((subject) => subject.kind === 'competitor');
  return (
    <section className="panel subjects-panel" aria-labelledby="subjects-heading">
      <h2 id="subjects-heading">{t('startingPoint.subjectsHeading')}</h2>
      <AddCompetitorForm isNameTaken={(name) => isNameTaken(name)} onAdd={onAdd} />
      {competitors.length === 0 ? (
        <p className="empty-hint">{t('startingPoint.emptyCompetitors')}</p>
      ) : null}
      <ol className="subject-list">
        {subjects.map((subject) => {
          const competitorIndex = competitors.indexOf(subject);
          return (
            <li
              key={subject.id}
              className={subject.kind === 'own' ? 'subject subject-own' : 'subject'}
            >
              <LazyDetails
                summary={
                  <summary>
                    <span className="subject-name">{subject.name}</span>
                    {subject.kind === 'own' ? (
                      <span className="badge">{t('startingPoint.ownBadge')}</span>
                    ) : null}
                    <span className="visually-hidden">
                      {t('startingPoint.details', { name: subject.name })}
                    </span>
                  </summary>
                }
              >
                {() => (
                  <SubjectDetails
                    roadmapId={roadmapId}
                    subject={subject}
                    isNameTaken={isNameTaken}
                    onChange={(changes) => onChange(subject.id, changes)}
                  />
                )}
              </LazyDetails>
              {subject.kind === 'competitor' ? (
                <div className="subject-actions" role="group" aria-label={subject.name}>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={competitorIndex === 0}
                    aria-label={`${t('startingPoint.moveUp')}: ${subject.name}`}
                    onClick={() => onMove(subject.id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={competitorIndex === competitors.length - 1}
                    aria-label={`${t('startingPoint.moveDown')}: ${subject.name}`}
                    onClick={() => onMove(subject.id, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={`${t('startingPoint.remove')}: ${subject.name}`}
                    onClick={() => onRemove(subject)}
                  >
                    {t('startingPoint.remove')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
});
