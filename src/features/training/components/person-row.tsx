import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { saveTarget } from '../../../core/kit/save-target';
import { updatePersonWrite } from '../api/training-queries';
import type { TrainingPerson, TrainingRole } from '../model/training';
import { InlineNameField } from './inline-name-field';
import type { TrainingActions } from './use-training-actions';

export interface PersonRowProps {
  person: TrainingPerson;
  roles: readonly TrainingRole[];
  actions: TrainingActions;
}

/** A person: renamed in place, moved to another role with their levels, or removed. */
export function PersonRow({ person, roles, actions }: PersonRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const { roadmapId, mutations, report, removeWithUndo } = actions;
  return (
    <li className="person-row" aria-label={person.name}>
      <InlineNameField
        label={t('training.team.personName')}
        value={person.name}
        onSave={saveTarget(
          updatePersonWrite,
          roadmapId,
          `person:${person.id}:name`,
          (name: string) => ({ personId: person.id, changes: { name } }),
        )}
      />
      <label htmlFor={id} className="visually-hidden">
        {t('training.team.moveTo', { name: person.name })}
      </label>
      <select
        id={id}
        value={person.roleId}
        onChange={(event) =>
          void mutations.updatePerson
            .mutateAsync({ personId: person.id, changes: { roleId: event.target.value } })
            .catch(report)
        }
      >
        {roles.map((role) => (
          <option key={role.id} value={role.id}>
            {role.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label={t('training.team.removePerson', { name: person.name })}
        onClick={() =>
          void removeWithUndo(() => mutations.removePerson.mutateAsync(person.id), {
            removed: t('training.team.personRemoved', { name: person.name }),
            restored: t('training.team.personRestored', { name: person.name }),
          })
        }
      >
        {t('training.remove')}
      </button>
    </li>
  );
}
