import type { StrategyMapModel } from '../model/summarize-map';
import { MapText, SectionTitle } from './map-primitives';
import { mapColors, type MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

const step = 18;

/** People: the team's readiness as one big number, its roles, and the training modules. */
export function MapPeople({
  people,
  top,
  layout,
  format,
}: {
  people: StrategyMapModel['people'];
  top: number;
  layout: MapLayout;
  format: MapFormat;
}) {
  const { t } = format;
  const { x, width } = layout.grid.means;
  const rolesX = x + 150;
  const modulesX = rolesX + layout.rolesWidth;
  const isEmpty = people.roles.length === 0 && people.modules.length === 0;
  return (
    <g>
      <SectionTitle x={x} y={top} label={t('strategyMap.map.people.heading')} />
      {isEmpty ? (
        <MapText
          x={x}
          y={top + 28}
          text={t('strategyMap.map.empty', { stage: t('stages.training.title') })}
          size={15}
          width={width}
          fill={mapColors.muted}
        />
      ) : (
        <g>
          <text x={x + width} y={top} textAnchor="end" fontSize={14} fill={mapColors.muted}>
            {people.uncoveredGaps > 0
              ? `⚠ ${t('strategyMap.map.people.uncovered', { count: people.uncoveredGaps })}`
              : t('strategyMap.map.people.allCovered')}
          </text>
          <text x={x} y={top + 50} fontSize={40} fontWeight={700} fill={mapColors.brand}>
            {people.percent === null ? '–' : `${people.percent}%`}
          </text>
          <text x={x} y={top + 70} fontSize={14} fill={mapColors.ink}>
            {people.percent === null
              ? t('strategyMap.map.people.readinessNone')
              : t('strategyMap.map.people.readiness')}
          </text>
          <text x={x} y={top + 89} fontSize={14} fill={mapColors.muted}>
            {t('strategyMap.map.people.people', { count: people.peopleCount })}
          </text>
          <text x={rolesX} y={top + 22} fontSize={13} fontWeight={700} fill={mapColors.muted}>
            {t('strategyMap.map.people.roles').toUpperCase()}
          </text>
          {people.roles.map((role, index) => (
            <g key={role.id}>
              <MapText
                x={rolesX}
                y={top + 42 + index * step}
                text={role.name}
                size={14}
                width={layout.rolesWidth - 38}
              />
              <text
                x={modulesX - 22}
                y={top + 42 + index * step}
                textAnchor="end"
                fontSize={14}
                fontWeight={700}
              >
                {role.people}
              </text>
            </g>
          ))}
          {people.moreRoles > 0 ? (
            <text
              x={rolesX}
              y={top + 42 + people.roles.length * step}
              fontSize={13}
              fill={mapColors.muted}
            >
              {t('strategyMap.map.more', { count: people.moreRoles })}
            </text>
          ) : null}
          <text x={modulesX} y={top + 22} fontSize={13} fontWeight={700} fill={mapColors.muted}>
            {t('strategyMap.map.people.modules').toUpperCase()}
          </text>
          {people.modules.map((module, index) => (
            <g key={module.id}>
              <MapText
                x={modulesX}
                y={top + 42 + index * step}
                text={module.title}
                size={14}
                width={x + width - modulesX - 96}
              />
              {module.endDate ? (
                <text
                  x={x + width}
                  y={top + 42 + index * step}
                  textAnchor="end"
                  fontSize={13}
                  fill={mapColors.muted}
                >
                  {format.date(module.endDate)}
                </text>
              ) : null}
            </g>
          ))}
          {people.moreModules > 0 ? (
            <text
              x={modulesX}
              y={top + 42 + people.modules.length * step}
              fontSize={13}
              fill={mapColors.muted}
            >
              {t('strategyMap.map.more', { count: people.moreModules })}
            </text>
          ) : null}
        </g>
      )}
    </g>
  );
}
