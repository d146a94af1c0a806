import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import type { SubjectResults } from '../model/scoring';
import { themes, type Subject, type Theme } from '../model/starting-point';

export interface ScoreGridProps {
  subjects: readonly Subject[];
  assessorName: string;
  /** This assessor's scores, keyed `subjectId|theme`. */
  values: ReadonlyMap<string, number>;
  results: ReadonlyMap<string, SubjectResults>;
  onScore: (subjectId: string, theme: Theme, value: number | null) => void;
}

const cellKey = (subjectId: string, theme: Theme) => `${subjectId}|${theme}`;

/**
 * The scoring grid: subjects by theme for one assessor. Built for a room: type 1-5 to score and
 * move down, arrows to move, Delete or Backspace to clear. One cell is in the tab order at a time
 * (the ARIA grid pattern), so Tab leaves the grid.
 */
export function ScoreGrid({ subjects, assessorName, values, results, onScore }: ScoreGridProps) {
  const { t } = useTranslation();
  const gridRef = useRef<HTMLTableElement>(null);
  const active = useRef<{ row: number; column: number }>({ row: 0, column: 0 });

  const focusCell = (row: number, column: number) => {
    const clampedRow = Math.max(0, Math.min(subjects.length - 1, row));
    const clampedColumn = Math.max(0, Math.min(themes.length - 1, column));
    const cell = gridRef.current?.querySelector<HTMLElement>(
      `[data-cell="${clampedRow}-${clampedColumn}"]`,
    );
    if (!cell) return;
    gridRef.current
      ?.querySelectorAll<HTMLElement>('[data-cell]')
      .forEach((other) => (other.tabIndex = -1));
    cell.tabIndex = 0;
    cell.focus();
    active.current = { row: clampedRow, column: clampedColumn };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!target) return;
    const [row = 0, column = 0] = (target.dataset.cell ?? '0-0').split('-').map(Number);
    const subject = subjects[row];
    const theme = themes[column];
    if (!subject || !theme) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, column],
      ArrowDown: [row + 1, column],
      ArrowLeft: [row, column - 1],
      ArrowRight: [row, column + 1],
      Enter: [row + 1, column],
      Home: [row, 0],
      End: [row, themes.length - 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(move[0], move[1]);
    } else if (/^[1-5]$/.test(event.key)) {
      event.preventDefault();
      onScore(subject.id, theme, Number(event.key));
      focusCell(row + 1, column);
    } else if (event.key === 'Delete' || event.key === 'Backspace' || event.key === '0') {
      event.preventDefault();
      onScore(subject.id, theme, null);
    }
  };

  return (
    <table
      ref={gridRef}
      role="grid"
      className="score-grid"
      aria-label={t('startingPoint.gridLabel', { assessor: assessorName })}
      aria-describedby="score-grid-help"
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          <th scope="col">{t('startingPoint.subject')}</th>
          {themes.map((theme) => (
            <th key={theme} scope="col">
              {t(`startingPoint.themesShort.${theme}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {subjects.map((subject, row) => (
          <ScoreRow
            key={subject.id}
            subject={subject}
            row={row}
            digital={values.get(cellKey(subject.id, 'digital')) ?? null}
            culture={values.get(cellKey(subject.id, 'culture')) ?? null}
            result={results.get(subject.id)}
            isFirstRow={row === 0}
            onFocusCell={(column) => (active.current = { row, column })}
          />
        ))}
      </tbody>
    </table>
  );
}

interface ScoreRowProps {
  subject: Subject;
  row: number;
  digital: number | null;
  culture: number | null;
  result: SubjectResults | undefined;
  isFirstRow: boolean;
  onFocusCell: (column: number) => void;
}

function sameResult(a: SubjectResults | undefined, b: SubjectResults | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (['digital', 'culture'] as const).every(
    (theme) =>
      a[theme].mean === b[theme].mean &&
      a[theme].min === b[theme].min &&
      a[theme].max === b[theme].max &&
      a[theme].count === b[theme].count,
  );
}

/** Memoised on values: typing a score repaints one row, not sixty. */
const ScoreRow = memo(
  function ScoreRow({
    subject,
    row,
    digital,
    culture,
    result,
    isFirstRow,
    onFocusCell,
  }: ScoreRowProps) {
    const { t, i18n } = useTranslation();
    const byTheme: Record<Theme, number | null> = { digital, culture };
    return (
      <tr className={subject.kind === 'own' ? 'score-row-own' : undefined}>
        <th scope="row">
          {subject.name}
          {subject.kind === 'own' ? (
            <span className="badge">{t('startingPoint.ownBadge')}</span>
          ) : null}
        </th>
        {themes.map((theme, column) => {
          const value = byTheme[theme];
          const room = result?.[theme];
          const roomText =
            room && room.mean !== null
              ? t('startingPoint.roomResult', {
                  mean: formatNumber(room.mean, i18n.language, 'score'),
                  min: room.min ?? 0,
                  max: room.max ?? 0,
                  count: room.count,
                })
              : t('startingPoint.roomResultEmpty');
          return (
            <td
              key={theme}
              role="gridcell"
              data-cell={`${row}-${column}`}
              tabIndex={isFirstRow && column === 0 ? 0 : -1}
              // The name says what the cell shows, the score and the room's result under it: a
              // screen reader reads the name, not the text, of a focused cell, and speech control
              // finds it by any of the words shown.
              aria-label={t('startingPoint.cellLabel', {
                subject: subject.name,
                theme: t(`startingPoint.themesShort.${theme}`),
                score: value ?? t('startingPoint.unscored'),
                room: roomText,
              })}
              className={
                value === null ? 'score-cell score-cell-empty' : `score-cell score-${value}`
              }
              onFocus={() => onFocusCell(column)}
            >
              {/* Spaces between the parts, so that their words stay apart when the text is
                  read whole (copied, or compared with the name by a checker). */}
              <span className="score-value">{value ?? '·'}</span>{' '}
              <span className="visually-hidden">
                {value === null ? t('startingPoint.unscored') : ''}
              </span>{' '}
              <span className="score-room">{roomText}</span>
            </td>
          );
        })}
      </tr>
    );
  },
  // onFocusCell only records the position, which `row` already pins down.
  (before, after) =>
    before.subject === after.subject &&
    before.row === after.row &&
    before.digital === after.digital &&
    before.culture === after.culture &&
    before.isFirstRow === after.isFirstRow &&
    sameResult(before.result, after.result),
);
