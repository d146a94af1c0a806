import { useQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { useIsPresenting } from '../../../components/ui/use-presenting-class';
import { isoDay } from '../../../lib/dates';
import { strategyMapQueries } from '../api/strategy-map-queries';
import { HandOverDownloads } from '../../deliverables';
import { cachedStrategyMap } from '../model/summarize-map';
import { MapOpenStages } from './map-open-stages';
import { MapTextSummary } from './map-text-summary';
import { mapLayouts } from './map-theme';
import { StrategyMapSvg } from './strategy-map-svg';
import { useMapDownloads, type MapDownload } from './use-map-downloads';
import { useMapFormat } from './use-map-format';
import { papers, usePrintPaper } from './use-print-paper';
import './strategy-map.css';

export interface StrategyMapStageProps {
  roadmapId: string;
}

/** The closing page: the whole roadmap as one map, to print on one page or download as a
 * PDF or an image. */
export function StrategyMapStage({ roadmapId }: StrategyMapStageProps) {
  const format = useMapFormat();
  const { t } = format;
  const { data: source, isPending } = useQuery(strategyMapQueries.detail(roadmapId));
  const [paper, setPaper] = usePrintPaper();
  const svgRef = useRef<SVGSVGElement>(null);
  const paperId = useId();
  const today = isoDay();
  // The map on screen is the chosen sheet's layout: it previews the print, and the images follow
  // it. Presenting shows A4's, whose type is larger on the same screen; the room reads it better.
  const isPresenting = useIsPresenting();
  const layout = mapLayouts[isPresenting ? 'a4' : paper];
  const map = source ? cachedStrategyMap(source, today, layout.paper) : null;

  const downloads = useMapDownloads({
    svgRef,
    roadmapId,
    roadmapName: map?.title.name ?? '',
    layout,
    format,
    // The deck's summary has A3's room: a slide shows more than a sheet.
    deckMap: () => (source ? cachedStrategyMap(source, today, 'a3') : null),
  });

  if (isPending) return <p className="loading-inline" aria-busy="true" />;
  if (!source || !map) return <p role="alert">{t('strategyMap.missing')}</p>;

  const downloadButton = (kind: MapDownload) => (
    <button
      type="button"
      className="button"
      disabled={downloads.busy !== null}
      aria-busy={downloads.busy === kind || undefined}
      onClick={() => void downloads.download(kind)}
    >
      {t(`strategyMap.controls.${kind}`)}
    </button>
  );

  return (
    <div className="strategy-map-stage">
      <MapOpenStages roadmap={source.roadmap} stages={map.incompleteStages} />
      {/* The map first, as the room sees it; printing and downloads under it. */}
      <figure className="strategy-map-figure" data-stage-result="">
        <StrategyMapSvg ref={svgRef} map={map} today={today} layout={layout} />
      </figure>
      <section className="strategy-map-controls" aria-label={t('strategyMap.controls.label')}>
        <div className="strategy-map-paper">
          <label htmlFor={paperId}>{t('strategyMap.controls.paper')}</label>
          <select
            id={paperId}
            value={paper}
            onChange={(event) => setPaper(event.target.value === 'a3' ? 'a3' : 'a4')}
          >
            {papers.map((option) => (
              <option key={option} value={option}>
                {t(`strategyMap.controls.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('strategyMap.controls.print')}
        </button>
        {downloadButton('pdf')}
        {downloadButton('png')}
        {downloadButton('svg')}
        {downloadButton('pptx')}
        <HandOverDownloads roadmapId={roadmapId} />
        <p className="muted strategy-map-hint">{t('strategyMap.controls.printHint')}</p>
      </section>
      <MapTextSummary map={map} format={format} />
    </div>
  );
}
