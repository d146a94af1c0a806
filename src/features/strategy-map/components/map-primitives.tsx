import type { SVGProps } from 'react';
import type { KpiStatus } from '../../kpis';
import { wrapText } from '../../../lib/text-wrap';
import { mapColors } from './map-theme';

export interface MapTextProps extends Omit<SVGProps<SVGTextElement>, 'children'> {
  x: number;
  y: number;
  text: string;
  size: number;
  width: number;
  maxLines?: number;
  bold?: boolean;
  lineHeight?: number;
}

/** Text that wraps within `width` (SVG cannot), each line a <tspan>, overflow as an ellipsis. */
export function MapText({
  x,
  y,
  text,
  size,
  width,
  maxLines = 1,
  bold = false,
  lineHeight = 1.25,
  ...rest
}: MapTextProps) {
  const lines = wrapText(text, { maxWidth: width, fontSize: size, bold, maxLines });
  return (
    <text x={x} y={y} fontSize={size} fontWeight={bold ? 700 : 400} fill={mapColors.ink} {...rest}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : size * lineHeight}>
          {/* A space between lines keeps the words apart when the text is read out or copied. */}
          {index < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

/** How many lines `MapText` will use, to place what follows it. */
export function lineCount(text: string, size: number, width: number, maxLines = 1, bold = false) {
  return wrapText(text, { maxWidth: width, fontSize: size, bold, maxLines }).length;
}

export interface BannerProps {
  x: number;
  y: number;
  width: number;
  label: string;
  /** The notch on the left: every banner after the first is entered from the previous one. */
  notched?: boolean;
  tone?: 'brand' | 'soft';
}

/** A column's heading as an arrow pointing right: the map reads toward the goals. */
export function Banner({ x, y, width, label, notched = false, tone = 'brand' }: BannerProps) {
  const height = 34;
  const tip = 16;
  const points = [
    [x, y],
    [x + width - tip, y],
    [x + width, y + height / 2],
    [x + width - tip, y + height],
    [x, y + height],
    ...(notched ? [[x + tip, y + height / 2]] : []),
  ];
  const fill = tone === 'brand' ? mapColors.brand : mapColors.brandSoft;
  return (
    <g>
      <polygon points={points.map((point) => point.join(',')).join(' ')} fill={fill} />
      <text
        x={x + (notched ? tip + 10 : 14)}
        y={y + 23}
        fontSize={17}
        fontWeight={700}
        letterSpacing={1.2}
        fill={tone === 'brand' ? mapColors.white : mapColors.brand}
      >
        {label.toUpperCase()}
      </text>
    </g>
  );
}

export function SectionTitle({ x, y, label }: { x: number; y: number; label: string }) {
  return (
    <text x={x} y={y} fontSize={16} fontWeight={700} fill={mapColors.brand}>
      {label}
    </text>
  );
}

/** A right-pointing arrow between two parts of the plan. */
export function FlowArrow({ x, y, length }: { x: number; y: number; length: number }) {
  return (
    <g stroke={mapColors.brand} strokeWidth={2.5} fill="none" strokeLinecap="round">
      <line x1={x} y1={y} x2={x + length - 3} y2={y} />
      <polyline
        points={`${x + length - 10},${y - 7} ${x + length},${y} ${x + length - 10},${y + 7}`}
        strokeLinejoin="round"
      />
    </g>
  );
}

const statusColor: Record<KpiStatus, string> = {
  'on-track': mapColors.ok,
  'at-risk': mapColors.warn,
  'off-track': mapColors.danger,
  overdue: mapColors.muted,
  'no-data': mapColors.muted,
  'no-target': mapColors.muted,
};

/**
 * A status as a shape, so it reads in black and white too: a tick in a disc, a triangle, a cross
 * in a square, a clock face, a dash. The word is always written next to it.
 */
export function StatusMark({ x, y, status }: { x: number; y: number; status: KpiStatus }) {
  const color = statusColor[status];
  const stroke = {
    stroke: mapColors.white,
    strokeWidth: 2,
    fill: 'none',
    strokeLinecap: 'round' as const,
  };
  switch (status) {
    case 'on-track':
      return (
        <g>
          <circle cx={x} cy={y} r={8} fill={color} />
          <polyline points={`${x - 4},${y} ${x - 1},${y + 3} ${x + 4},${y - 3}`} {...stroke} />
        </g>
      );
    case 'at-risk':
      return (
        <g>
          <polygon points={`${x},${y - 9} ${x + 9},${y + 7} ${x - 9},${y + 7}`} fill={color} />
          <line x1={x} y1={y - 3} x2={x} y2={y + 2} {...stroke} />
        </g>
      );
    case 'off-track':
      return (
        <g>
          <rect x={x - 8} y={y - 8} width={16} height={16} fill={color} />
          <path
            d={`M${x - 4},${y - 4}L${x + 4},${y + 4}M${x + 4},${y - 4}L${x - 4},${y + 4}`}
            {...stroke}
          />
        </g>
      );
    case 'overdue':
      return (
        <g>
          <circle cx={x} cy={y} r={7.5} fill="none" stroke={color} strokeWidth={2} />
          <polyline
            points={`${x},${y - 4} ${x},${y} ${x + 3},${y + 2}`}
            {...stroke}
            stroke={color}
          />
        </g>
      );
    default:
      return <line x1={x - 7} y1={y} x2={x + 7} y2={y} stroke={color} strokeWidth={3} />;
  }
}

export { statusColor };
