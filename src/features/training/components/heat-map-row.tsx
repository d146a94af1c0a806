import { memo, type Ref } from 'react';
import type { HeatCell, HeatRow } from '../model/heat-map';

/** Every sentence a cell needs, translated once per table rather than once per cell. */
export interface HeatTexts {
  bands: Record<Exclude<HeatCell['band'], 'not-required'>, string>;
  notRequired: string;
  unknown: string;
  uncovered: string;
  /** "current {c}, required {r}: {b}." with markers to fill in. */
  cell: string;
  /** "{m} of {n} at the level", likewise. */
  holders: string;
}

export const heatSymbols: Record<HeatCell['band'], string> = {
  met: '✓',
  'gap-1': '▲',
  'gap-2': '▲▲',
  'gap-3': '▲▲▲',
  unassessed: '?',
  'not-required': '',
};

export interface HeatMapRowProps {
  row: HeatRow;
  name: string;
  detail: string | null;
  texts: HeatTexts;
  /** Its place among the table's rows, counting the header row as 1 (`aria-rowindex`). */
  rowIndex: number;
  rowRef?: Ref<HTMLTableRowElement>;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w)\}/g, (_, key: string) => String(values[key] ?? ''));

function HeatMapRowCells({ row, name, detail, texts, rowIndex, rowRef }: HeatMapRowProps) {
  return (
    <tr
      ref={rowRef}
      aria-rowindex={rowIndex}
      className={row.kind === 'person' ? 'heat-row-person' : undefined}
    >
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
            {/* Two lines, one text node each (a table at the limits has 9,000 cells). Spans, not
                ::first-line: the stage PDF's picture of the table keeps only real elements. */}
            <span className="heat-numbers">{`${cell.current ?? '?'}/${cell.required}`}</span>
            <span className="heat-symbol">
              {`${heatSymbols[cell.band]}${cell.isUncovered ? ' ⚑' : ''}`}
            </span>
          </td>
        );
      })}
    </tr>
  );
}

const sameCell = (a: HeatCell, b: HeatCell) =>
  a.competencyId === b.competencyId &&
  a.band === b.band &&
  a.current === b.current &&
  a.required === b.required &&
  a.isUncovered === b.isUncovered &&
  a.met === b.met &&
  a.holders === b.holders;

/**
 * Every save makes new row objects: compared by content, an edit elsewhere on the stage (a name,
 * one level) repaints only the rows it changed, not all 1,800 cells.
 */
const sameRow = (before: HeatMapRowProps, after: HeatMapRowProps) =>
  before.name === after.name &&
  before.detail === after.detail &&
  before.texts === after.texts &&
  before.rowIndex === after.rowIndex &&
  before.rowRef === after.rowRef &&
  before.row.id === after.row.id &&
  before.row.kind === after.row.kind &&
  before.row.cells.length === after.row.cells.length &&
  before.row.cells.every((cell, index) => {
    const other = after.row.cells[index];
    return other !== undefined && sameCell(cell, other);
  });

/** One person's (or role's) cells of the heat map. */
export const HeatMapRow = memo(HeatMapRowCells, sameRow);
