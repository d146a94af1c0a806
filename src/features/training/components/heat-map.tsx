import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { HeatRow } from '../model/heat-map';
import type { Competency } from '../model/training';
import { HeatMapRow, heatSymbols, type HeatTexts } from './heat-map-row';
import { useRowWindow } from './use-row-window';

/** Rows in the first frame before the screen is measured; few enough for a table low on it. */
const firstRows = 4;
/** Rows added per step at least: about 300 cells, a few milliseconds of work. */
const rowsPerStep = 10;

export interface HeatMapProps {
  rows: readonly HeatRow[];
  competencies: readonly Competency[];
  /** Names of the rows' people and roles. */
  names: ReadonlyMap<string, string>;
  label: string;
  /** The heading above the table: it names the scroll box around it. */
  headingId: string;
}

/**
 * Current against required level per row and competency. Each cell says it three ways: the
 * numbers, a colour by gap size and a symbol with a hatch pattern, so it reads in black and white
 * too. A plain table (no chart library). A long one draws a screenful of rows first and the rest
 * after it, in slices (see useRowWindow); `aria-rowcount` and `aria-rowindex` tell screen
 * readers its whole size meanwhile. Keyboard focus on the scroll box draws every row.
 */
export function HeatMap({ rows, competencies, names, label, headingId }: HeatMapProps) {
  const { t } = useTranslation();
  const texts = useMemo<HeatTexts>(
    () => ({
      bands: {
        met: t('training.heat.band.met'),
        'gap-1': t('training.heat.band.gap-1'),
        'gap-2': t('training.heat.band.gap-2'),
        'gap-3': t('training.heat.band.gap-3'),
        unassessed: t('training.heat.band.unassessed'),
      },
      notRequired: t('training.heat.notRequired'),
      unknown: t('training.heat.unknown'),
      uncovered: t('training.heat.uncovered'),
      cell: t('training.heat.cellText', {
        current: '{c}',
        required: '{r}',
        band: '{b}',
      }),
      holders: t('training.heat.holdersMet', { met: '{m}', total: '{n}' }),
    }),
    [t],
  );
  const { shown, isComplete, drawAll, lastRowRef } = useRowWindow(rows.length, {
    first: firstRows,
    // A long table completes in about four steps, each rendered in slices.
    step: Math.max(rowsPerStep, Math.ceil(rows.length / 4)),
  });
  return (
    // A focusable region named by the heading above (the usual pattern for a wide table), so a
    // keyboard can scroll it sideways; arriving there draws the rows still waiting.
    <div
      className="grid-scroll"
      role="region"
      aria-labelledby={headingId}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to be scrolled by keyboard
      tabIndex={0}
      onFocus={isComplete ? undefined : drawAll}
    >
      <table className="heat-map" aria-label={label} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <td />
            {competencies.map((competency) => (
              <th key={competency.id} scope="col" className="vertical-header">
                <span>{competency.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row, index) => (
            <HeatMapRow
              key={row.id}
              rowIndex={index + 2}
              rowRef={index === shown - 1 && !isComplete ? lastRowRef : undefined}
              row={row}
              name={names.get(row.id) ?? ''}
              detail={row.kind === 'person' ? (names.get(row.roleId) ?? '') : null}
              texts={texts}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the colours, symbols and flag mean. */
export function HeatMapLegend() {
  const { t } = useTranslation();
  const bands = ['met', 'gap-1', 'gap-2', 'gap-3', 'unassessed'] as const;
  return (
    <ul className="heat-legend" aria-label={t('training.heat.legend')}>
      {bands.map((band) => (
        <li key={band}>
          <span className={`heat-swatch heat-${band}`} aria-hidden="true">
            {heatSymbols[band]}
          </span>
          {t(`training.heat.band.${band}`)}
        </li>
      ))}
      <li>
        <span className="heat-swatch heat-gap-1 heat-uncovered" aria-hidden="true">
          ⚑
        </span>
        {t('training.heat.uncoveredLegend')}
      </li>
      <li>
        <span className="heat-swatch heat-not-required" aria-hidden="true" />
        {t('training.heat.notRequired')}
      </li>
    </ul>
  );
}
