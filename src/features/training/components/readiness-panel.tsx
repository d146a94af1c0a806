import { useMemo, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { TrainingData } from '../api/training-repository';
import { heatMapRows, readinessByRole, type HeatMapView } from '../model/heat-map';
import type { TrainingReadiness } from '../model/readiness';
import { HeatMap, HeatMapLegend } from './heat-map';
import { SegmentedChoice } from './segmented-choice';

export interface ReadinessPanelProps {
  data: TrainingData;
  readiness: TrainingReadiness;
}

/** Team readiness as one big number, per role, and the gap heat map behind it. */
export function ReadinessPanel({ data, readiness }: ReadinessPanelProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<HeatMapView>('people');
  const rows = useMemo(
    () =>
      heatMapRows({
        view,
        roles: data.roles,
        people: data.people,
        competencies: data.competencies,
        modules: data.modules,
        readiness,
      }),
    [view, data.roles, data.people, data.competencies, data.modules, readiness],
  );
  const names = useMemo(
    () =>
      new Map([
        ...data.roles.map((role) => [role.id, role.name] as const),
        ...data.people.map((person) => [person.id, person.name] as const),
      ]),
    [data.roles, data.people],
  );
  const byRole = useMemo(() => readinessByRole(readiness), [readiness]);

  return (
    <section
      className="training-panel"
      aria-labelledby="training-readiness-title"
      data-stage-result=""
    >
      <h2 id="training-readiness-title">{t('training.readiness.heading')}</h2>
      <div className="readiness-summary">
        <p className="readiness-figure" aria-label={t('training.readiness.teamLabel')}>
          <span className="big-number">
            {readiness.percent === null ? '–' : `${readiness.percent}%`}
          </span>
          <span className="readiness-caption">
            {readiness.total === 0
              ? t('training.readiness.nothingRequired')
              : t('training.readiness.met', { met: readiness.met, count: readiness.total })}
          </span>
        </p>
        {data.roles.length > 0 ? (
          <ul className="role-readiness" aria-label={t('training.readiness.byRole')}>
            {data.roles.map((role) => {
              const entry = byRole.get(role.id);
              return (
                <li key={role.id}>
                  <span className="role-readiness-name">{role.name}</span>
                  <span className="role-readiness-value">
                    {entry
                      ? t('training.readiness.roleMet', {
                          percent: entry.percent,
                          met: entry.met,
                          count: entry.total,
                        })
                      : t('training.readiness.roleNothing')}
                  </span>
                  {entry ? (
                    <span className="meter" aria-hidden="true">
                      <span style={{ width: `${entry.percent}%` }} />
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <div className="panel-heading-row">
        <h3 id="training-heat-title">{t('training.heat.heading')}</h3>
        <SegmentedChoice
          label={t('training.heat.view')}
          value={view}
          options={[
            { value: 'people', label: t('training.heat.byPeople') },
            { value: 'roles', label: t('training.heat.byRoles') },
          ]}
          onChange={setView}
        />
      </div>
      <p className="muted">{t(`training.heat.help.${view}`)}</p>
      {readiness.total === 0 ? (
        <p className="empty-note">{t('training.heat.empty')}</p>
      ) : (
        <>
          {/* A new view starts its own table: a screenful first, as on opening the stage. */}
          <HeatMap
            key={view}
            rows={rows}
            competencies={data.competencies}
            names={names}
            label={t('training.heat.label')}
            headingId="training-heat-title"
          />
          <HeatMapLegend />
        </>
      )}
    </section>
  );
}
