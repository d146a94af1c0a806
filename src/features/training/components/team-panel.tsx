import { Fold } from '../../../components/ui/fold';
import { useTranslation } from '../../../components/ui/translation';
import type { TrainingData } from '../api/training-repository';
import { QuickAddForm } from './quick-add-form';
import { RoleCard } from './role-card';
import { SuggestedRoles } from './suggested-roles';
import type { TrainingActions } from './use-training-actions';

export interface TeamPanelProps {
  data: TrainingData;
  actions: TrainingActions;
}

/** Up to this many roles and people together the team shows open. */
const shortTeam = 6;

/** The digital team: its roles, and optionally the people in each. */
export function TeamPanel({ data, actions }: TeamPanelProps) {
  const { t } = useTranslation();
  const { mutations, report } = actions;
  return (
    <section className="training-panel" aria-labelledby="training-team-title">
      <h2 id="training-team-title">{t('training.team.heading')}</h2>
      <p className="muted">{t('training.team.help')}</p>
      <Fold
        name="training.team"
        isLazy
        defaultOpen={data.roles.length + data.people.length <= shortTeam}
        summary={t('training.fold.team', {
          roles: t('training.fold.roles', { count: data.roles.length }),
          people: t('training.fold.people', { count: data.people.length }),
        })}
      >
        <ul className="role-list" aria-label={t('training.team.roles')}>
          {data.roles.map((role) => (
            <RoleCard
              key={role.id}
              role={role}
              roles={data.roles}
              people={data.people.filter((person) => person.roleId === role.id)}
              actions={actions}
            />
          ))}
        </ul>
        <QuickAddForm
          label={t('training.team.newRole')}
          submitLabel={t('training.team.addRole')}
          onAdd={(name) =>
            mutations.addRole.mutateAsync({ name }).catch((error: unknown) => {
              report(error);
              throw error;
            })
          }
        />
        <SuggestedRoles roles={data.roles} actions={actions} />
      </Fold>
    </section>
  );
}
