import { useId, type Ref } from 'react';
import type { StrategyMapModel } from '../model/summarize-map';
import { MapChannels } from './map-channels';
import { MapGoLive } from './map-go-live';
import { MapGoals } from './map-goals';
import { MapJourney } from './map-journey';
import { MapMeasures } from './map-measures';
import { MapPeople } from './map-people';
import { Banner } from './map-primitives';
import { MapStanding } from './map-standing';
import { mapColors, mapFont, type MapLayout } from './map-theme';
import { MapFooter, MapTitle } from './map-title';
import { useMapFormat } from './use-map-format';

export interface StrategyMapSvgProps {
  map: StrategyMapModel;
  today: string;
  /** The sheet's layout; `map` must be summarised with its caps. */
  layout: MapLayout;
  ref?: Ref<SVGSVGElement>;
}

const bannerTop = 138;

/**
 * The whole roadmap as one drawing in a √2 viewBox laid out for the chosen sheet: the same SVG is
 * shown, printed (as vectors) and exported, so what the room sees is what the board gets. All
 * styling is in attributes and there is no foreignObject, so the file opens in slide tools.
 */
export function StrategyMapSvg({ map, today, layout, ref }: StrategyMapSvgProps) {
  const format = useMapFormat();
  const { t } = format;
  const titleId = useId();
  const descId = useId();
  // The journey follows the channels closely; people keep the bottom of the middle column.
  const { channels } = map;
  const channelRows = Math.max(
    1,
    channels.inUse.length + (channels.moreInUse > 0 ? 1 : 0),
    channels.planned.length + (channels.morePlanned > 0 ? 1 : 0),
  );
  const { size: mapSize, grid: mapGrid } = layout;
  const channelsTop = mapGrid.bodyTop + 18;
  // People keep a row per role the sheet holds, and one for "+N more".
  const peopleHeight = 42 + (layout.caps.roles + 1) * 18;
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${mapSize.width} ${mapSize.height}`}
      width={mapSize.width}
      height={mapSize.height}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      className="strategy-map-svg"
      fontFamily={mapFont}
      data-drawn="true"
      data-paper={layout.paper}
    >
      <title id={titleId}>{t('strategyMap.text.label', { name: map.title.name })}</title>
      <desc id={descId}>{t('strategyMap.text.description')}</desc>
      <rect x={0} y={0} width={mapSize.width} height={mapSize.height} fill={mapColors.white} />
      <MapTitle title={map.title} today={today} layout={layout} format={format} />
      <Banner
        x={mapGrid.stand.x}
        y={bannerTop}
        width={mapGrid.stand.width}
        label={t('strategyMap.map.columns.stand')}
      />
      <Banner
        x={mapGrid.means.x}
        y={bannerTop}
        width={mapGrid.means.width}
        label={t('strategyMap.map.columns.means')}
        notched
      />
      <Banner
        x={mapGrid.go.x}
        y={bannerTop}
        width={mapGrid.go.width}
        label={t('strategyMap.map.columns.go')}
        notched
      />
      <MapStanding standing={map.standing} layout={layout} format={format} />
      <MapChannels channels={map.channels} top={channelsTop} layout={layout} format={format} />
      <MapJourney
        journey={map.journey}
        top={channelsTop + 66 + channelRows * 21}
        layout={layout}
        format={format}
      />
      <MapPeople
        people={map.people}
        top={mapGrid.bodyBottom - peopleHeight}
        layout={layout}
        format={format}
      />
      <MapGoals goals={map.goals} layout={layout} format={format} />
      <MapMeasures kpis={map.kpis} layout={layout} format={format} />
      <MapGoLive goLive={map.goLive} layout={layout} format={format} />
      <MapFooter
        name={[map.title.name, map.title.company].filter(Boolean).join(' · ')}
        layout={layout}
        format={format}
      />
    </svg>
  );
}
