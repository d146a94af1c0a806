import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { saveTarget } from '../../../core/kit/save-target';
import { updateRoleWrite } from '../api/training-queries';
import type { TrainingPerson, TrainingRole } from '../model/training';
import { InlineNameField } from './inline-name-field';
import { PersonRow } from './person-row';
import { QuickAddForm } from './quick-add-form';
import type { TrainingActions } from './use-training-actions';

export interface RoleCardProps {
  role: TrainingRole;
  roles: readonly TrainingRole[];
  people: readonly TrainingPerson[];
  actions: TrainingActions;
}

/** One role: its name and description saved as typed, its people, and its removal. */
export function RoleCard({ role, roles, people, actions }: RoleCardProps) {
  const { t } = useTranslation();
  const { roadmapId, mutations, report, removeWithUndo } = actions;
  const remove = () =>
    removeWithUndo(() => mutations.removeRole.mutateAsync(role.id), {
      removed: t('training.team.roleRemoved', { name: role.name, count: people.length }),
      restored: t('training.team.roleRestored', { name: role.name }),
    });
  return (
    <li className="role-card" aria-label={role.name}>
      <div className="role-card-head">
        <InlineNameField
          className="role-name"
          label={t('training.team.roleName')}
          value={role.name}
          onSave={saveTarget(
            updateRoleWrite,
            roadmapId,
            `role:${role.id}:name`,
            (name: string) => ({
              roleId: role.id,
              changes: { name },
            }),
          )}
        />
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={t('training.team.removeRole', { name: role.name })}
          onClick={() => void remove()}
        >
          {t('training.remove')}
        </button>
      </div>
      <AutosaveField
        label={t('training.team.roleDescription')}
        value={role.description}
        onSave={saveTarget(
          updateRoleWrite,
          roadmapId,
          `role:${role.id}:description`,
          (description: string) => ({ roleId: role.id, changes: { description } }),
        )}
      />
      {people.length > 0 ? (
        <ul className="people-list" aria-label={t('training.team.peopleIn', { role: role.name })}>
          {people.map((person) => (
            <PersonRow key={person.id} person={person} roles={roles} actions={actions} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('training.team.nobody')}</p>
      )}
      <QuickAddForm
        className="quick-add-compact"
        label={t('training.team.newPerson', { role: role.name })}
        submitLabel={t('training.team.addPerson')}
        onAdd={(name) =>
          mutations.addPerson.mutateAsync({ roleId: role.id, name }).catch((error: unknown) => {
            report(error);
            throw error;
          })
        }
      />
    </li>
  );
}
