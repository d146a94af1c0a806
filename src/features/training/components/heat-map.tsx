import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatCell, HeatRow } from '../model/heat-map';
import type { Competency } from '../model/training';

export interface HeatMapProps {
  rows: readonly HeatRow[];
  competencies: readonly Competency[];
  /** Names of the rows' people and roles. */
  names: ReadonlyMap<string, string>;
  label: string;
}

const symbols: Record<HeatCell['band'], string> = {
  met: '✓',
  'gap-1': '▲',
  'gap-2': '▲▲',
  'gap-3': '▲▲▲',
  unassessed: '?',
  'not-required': '',
};

/**
 * Current against required level per row and competency. Each cell says it three ways: the
 * numbers, a colour by gap size and a symbol with a hatch pattern, so it reads in black and white
 * too. A plain table (no chart library): 60 x 30 cells draw in one pass.
 */
export function HeatMap({ rows, competencies, names, label }: HeatMapProps) {
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
  return (
    <div className="grid-scroll">
      <table className="heat-map" aria-label={label}>
        <colgroup>
          <col className="heat-name-col" />
          {competencies.map((competency) => (
            <col key={competency.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td />
            {competencies.map((competency) => (
              <th key={competency.id} scope="col" className="vertical-header">
                <span>{competency.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <HeatMapRow
              key={row.id}
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

interface HeatMapRowProps {
  row: HeatRow;
  name: string;
  detail: string | null;
  texts: HeatTexts;
}

/** Every sentence a cell needs, translated once per table rather than once per cell. */
interface HeatTexts {
  bands: Record<Exclude<HeatCell['band'], 'not-required'>, string>;
  notRequired: string;
  unknown: string;
  uncovered: string;
  /** "current {c}, required {r}: {b}." with markers to fill in. */
  cell: string;
  /** "{m} of {n} at the level", likewise. */
  holders: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w)\}/g, (_, key: string) => String(values[key] ?? ''));

const HeatMapRow = memo(function HeatMapRow({ row, name, detail, texts }: HeatMapRowProps) {
  return (
    <tr>
      <th scope="row">
        {name}
        {detail ? <span className="row-detail">{detail}</span> : null}
      </th>
      {row.cells.map((cell) => {
        if (cell.band === 'not-required')
          return (
            <td
              key={cell.competencyId}
              className="heat-cell heat-not-required"
              aria-label={texts.notRequired}
            />
          );
        const spoken = [
          fill(texts.cell, {
            c: cell.current ?? texts.unknown,
            r: cell.required ?? 0,
            b: texts.bands[cell.band],
          }),
          cell.isUncovered ? texts.uncovered : '',
          row.kind === 'role' && cell.holders > 1
            ? fill(texts.holders, { m: cell.met, n: cell.holders })
            : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <td
            key={cell.competencyId}
            className={`heat-cell heat-${cell.band}${cell.isUncovered ? ' heat-uncovered' : ''}`}
            aria-label={spoken}
          >
            {/* Two plain text lines and no positioned children: 1,800 of these lay out fast. */}
            <span className="heat-numbers">
              {cell.current ?? '?'}/{cell.required}
            </span>
            <span className="heat-symbol">
              {symbols[cell.band]}
              {cell.isUncovered ? ' ⚑' : ''}
            </span>
          </td>
        );
      })}
    </tr>
  );
});

/** What the colours, symbols and flag mean. */
export function HeatMapLegend() {
  const { t } = useTranslation();
  const bands = ['met', 'gap-1', 'gap-2', 'gap-3', 'unassessed'] as const;
  return (
    <ul className="heat-legend" aria-label={t('training.heat.legend')}>
      {bands.map((band) => (
        <li key={band}>
          <span className={`heat-swatch heat-${band}`} aria-hidden="true">
            {symbols[band]}
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
