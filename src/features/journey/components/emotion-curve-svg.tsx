import { useMemo } from 'react';
import { emotionCurve, emotionY } from '../model/emotion-curve';
import type { JourneyPhase } from '../model/journey';

export interface EmotionCurveSvgProps {
  phases: readonly JourneyPhase[];
}

/**
 * The emotion curve drawn straight across the map's columns. Plain inline SVG rather than a
 * chart library: the points must sit exactly over grid columns whose widths CSS decides, it must
 * print as vectors on the A3 page, and it needs no axes, tooltips or measuring. The drawing
 * stretches with the columns (its x unit is one column); strokes keep their width, and the dots
 * are HTML so they stay round. Screen readers get the scores from the selects and a summary.
 */
export function EmotionCurveSvg({ phases }: EmotionCurveSvgProps) {
  const curve = useMemo(() => emotionCurve(phases), [phases]);
  if (phases.length === 0) return null;
  return (
    <div className="journey-curve" aria-hidden="true">
      <svg
        viewBox={`0 0 ${curve.width} ${curve.height}`}
        preserveAspectRatio="none"
        focusable="false"
      >
        <line
          className="journey-curve-zero"
          x1={0}
          x2={curve.width}
          y1={curve.zeroY}
          y2={curve.zeroY}
          vectorEffect="non-scaling-stroke"
        />
        {curve.paths.map((path, index) =>
          path ? (
            <path
              key={index}
              className="journey-curve-line"
              d={path}
              vectorEffect="non-scaling-stroke"
            />
          ) : null,
        )}
      </svg>
      {[2, 0, -2].map((score) => (
        <span
          key={score}
          className="journey-curve-tick"
          style={{ top: `${(emotionY(score) / curve.height) * 100}%` }}
        >
          {score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0'}
        </span>
      ))}
      {curve.points.map((point) => (
        <span
          key={point.phaseId}
          className={`journey-curve-dot emotion-${point.emotion < 0 ? 'low' : point.emotion > 0 ? 'high' : 'neutral'}`}
          style={{
            left: `${(point.x / curve.width) * 100}%`,
            top: `${(point.y / curve.height) * 100}%`,
          }}
        >
          {point.emotion > 0 ? `+${point.emotion}` : point.emotion < 0 ? `−${-point.emotion}` : '0'}
        </span>
      ))}
    </div>
  );
}
