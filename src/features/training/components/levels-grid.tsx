import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { levelMax, levelMin, type Competency, type LevelKind } from '../model/training';

export interface LevelRowData {
  holderId: string;
  name: string;
  /** The role, shown beside a person's name. */
  detail: string | null;
  /** One level per competency, in column order; null where none is set. */
  values: readonly (number | null)[];
  /** For current levels: the required level of the holder's role, as a reminder. */
  targets: readonly (number | null)[] | null;
}

export interface LevelsGridProps {
  kind: LevelKind;
  competencies: readonly Competency[];
  rows: readonly LevelRowData[];
  onLevel: (holderId: string, competencyId: string, level: number | null) => void;
}

const digit = new RegExp(`^[${levelMin}-${levelMax}]$`);

/**
 * Levels by holder and competency, keyboard first (the ARIA grid pattern): type 1-5 to set a cell
 * and move to the next one, arrows, Home and End to move, Delete, Backspace or 0 to clear. One cell
 * is in the tab order at a time, so Tab leaves the grid.
 */
export function LevelsGrid({ kind, competencies, rows, onLevel }: LevelsGridProps) {
  const { t } = useTranslation();
  const gridRef = useRef<HTMLTableElement>(null);
  const lastColumn = competencies.length - 1;

  const focusCell = (row: number, column: number) => {
    const cell = gridRef.current?.querySelector<HTMLElement>(
      `[data-cell="${Math.max(0, Math.min(rows.length - 1, row))}-${Math.max(0, Math.min(lastColumn, column))}"]`,
    );
    if (!cell) return;
    gridRef.current
      ?.querySelectorAll<HTMLElement>('[data-cell][tabindex="0"]')
      .forEach((other) => (other.tabIndex = -1));
    cell.tabIndex = 0;
    cell.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!target) return;
    const [row = 0, column = 0] = (target.dataset.cell ?? '0-0').split('-').map(Number);
    const holder = rows[row];
    const competency = competencies[column];
    if (!holder || !competency) return;
    // After the last column the next cell is the first one of the next row, as in reading order.
    const next: [number, number] = column < lastColumn ? [row, column + 1] : [row + 1, 0];
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, column],
      ArrowDown: [row + 1, column],
      ArrowLeft: [row, column - 1],
      ArrowRight: [row, column + 1],
      Enter: next,
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [rows.length - 1, lastColumn] : [row, lastColumn],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(move[0], move[1]);
    } else if (digit.test(event.key)) {
      event.preventDefault();
      onLevel(holder.holderId, competency.id, Number(event.key));
      focusCell(...next);
    } else if (event.key === 'Delete' || event.key === 'Backspace' || event.key === '0') {
      event.preventDefault();
      onLevel(holder.holderId, competency.id, null);
    }
  };

  return (
    <div className="grid-scroll">
      <table
        ref={gridRef}
        role="grid"
        className="levels-grid"
        aria-label={t(`training.levels.gridLabel.${kind}`)}
        aria-describedby="levels-grid-help"
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th scope="col">{t(`training.levels.holder.${kind}`)}</th>
            {competencies.map((competency) => (
              <th key={competency.id} scope="col" className="vertical-header">
                <span>{competency.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <LevelRow
              key={row.holderId}
              row={row}
              index={index}
              competencies={competencies}
              valuesKey={`${row.values.join(',')}|${row.targets?.join(',') ?? ''}`}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface LevelRowProps {
  row: LevelRowData;
  index: number;
  competencies: readonly Competency[];
  /** The row's values as text: the memo below repaints a row only when one of them changed. */
  valuesKey: string;
}

const LevelRow = memo(
  function LevelRow({ row, index, competencies }: LevelRowProps) {
    const { t } = useTranslation();
    return (
      <tr>
        <th scope="row">
          {row.name}
          {row.detail ? <span className="row-detail">{row.detail}</span> : null}
        </th>
        {competencies.map((competency, column) => {
          const value = row.values[column] ?? null;
          const target = row.targets?.[column] ?? null;
          return (
            <td
              key={competency.id}
              role="gridcell"
              data-cell={`${index}-${column}`}
              tabIndex={index === 0 && column === 0 ? 0 : -1}
              // The name says what the cell holds, as its text does: a screen reader reads the
              // name, not the text, of a focused cell.
              aria-label={t('training.levels.cellLabel', {
                holder: row.name,
                competency: competency.name,
                level: value ?? t('training.levels.notSet'),
              })}
              className={value === null ? 'level-cell level-empty' : `level-cell level-${value}`}
            >
              <span className="level-value">{value ?? '·'}</span>
              {value === null ? (
                <span className="visually-hidden">{t('training.levels.notSet')}</span>
              ) : null}
              {target !== null ? (
                <span className="level-target">
                  {t('training.levels.targetShort', { level: target })}
                </span>
              ) : null}
            </td>
          );
        })}
      </tr>
    );
  },
  (before, after) =>
    before.valuesKey === after.valuesKey &&
    before.index === after.index &&
    before.competencies === after.competencies &&
    before.row.name === after.row.name &&
    before.row.detail === after.row.detail,
);
