import { useTranslation } from '../../../components/ui/translation';
import type { TrainingRole } from '../model/training';
import type { TrainingActions } from './use-training-actions';

export const suggestedRoleKeys = ['agent', 'social', 'manager'] as const;

export interface SuggestedRolesProps {
  roles: readonly TrainingRole[];
  actions: TrainingActions;
}

/** The roles the method names, one click each; a role the team already has is not offered. */
export function SuggestedRoles({ roles, actions }: SuggestedRolesProps) {
  const { t } = useTranslation();
  const names = new Set(roles.map((role) => role.name.trim().toLowerCase()));
  const missing = suggestedRoleKeys.filter(
    (key) => !names.has(t(`training.suggestedRoles.${key}.name`).toLowerCase()),
  );
  if (missing.length === 0) return null;
  return (
    <div className="suggestions">
      <p className="muted">{t('training.team.suggestions')}</p>
      <ul className="chip-list">
        {missing.map((key) => (
          <li key={key}>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                void actions.mutations.addRole
                  .mutateAsync({
                    name: t(`training.suggestedRoles.${key}.name`),
                    description: t(`training.suggestedRoles.${key}.description`),
                  })
                  .catch(actions.report)
              }
            >
              <span aria-hidden="true">+</span> {t(`training.suggestedRoles.${key}.name`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
