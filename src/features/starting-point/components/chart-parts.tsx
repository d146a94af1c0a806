import type { ReactNode } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useElementWidth } from '../../../components/ui/use-element-width';
import { formatNumber } from '../../../core/numbers';
import { chartColours } from './chart-colours';

/**
 * The SVG of one of the stage's drawings, as wide as its frame: drawn once the frame has a width,
 * since names and ticks are placed in px. Hidden from screen readers, which read the same numbers
 * in the table beside it.
 */
export function MeasuredDrawing({
  height,
  className,
  children,
}: {
  height: number;
  className: string;
  children: (width: number) => ReactNode;
}) {
  const [frame, width] = useElementWidth<HTMLDivElement>();
  return (
    <div ref={frame} style={{ height }}>
      {width > 0 ? (
        <svg
          className={className}
          width={width}
          height={height}
          aria-hidden="true"
          focusable="false"
        >
          {children(width)}
        </svg>
      ) : null}
    </div>
  );
}

/** The axis along the bottom of the plot: its line, a mark at each tick and the tick's number. */
export function BottomAxis({
  ticks,
  x,
  left,
  right,
  bottom,
  textSize,
}: {
  ticks: readonly number[];
  x: (value: number) => number;
  left: number;
  right: number;
  bottom: number;
  textSize: number;
}) {
  return (
    <>
      <g stroke={chartColours.tick}>
        <line x1={left} x2={right} y1={bottom} y2={bottom} />
        {ticks.map((tick) => (
          <line key={tick} x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + 6} />
        ))}
      </g>
      <g fill={chartColours.tick} fontSize={textSize} textAnchor="middle">
        {ticks.map((tick) => (
          <text key={tick} x={x(tick)} y={bottom + 8 + textSize * 0.8}>
            {tick}
          </text>
        ))}
      </g>
    </>
  );
}

/** A subject's means on both themes in one sentence, for the title a pointer shows. */
export function useScoresTitle() {
  const { t, i18n } = useTranslation();
  const score = (value: number | null) =>
    value === null ? t('startingPoint.noneYet') : formatNumber(value, i18n.language, 'score');
  return (name: string, digital: number | null, culture: number | null) =>
    t('startingPoint.pointScores', { name, digital: score(digital), culture: score(culture) });
}
