import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { useToast } from '../../../components/ui/toasts';
import { useIsPresenting } from '../../../components/ui/use-presenting-class';
import { isoDay } from '../../../lib/dates';
import { strategyMapQueries } from '../api/strategy-map-queries';
import { safeFileName } from '../../../lib/download';
import { HandOverDownloads } from '../../deliverables';
import { readRoadmapFile } from '../../roadmaps';
import { channelChoice } from '../model/channel-choice';
import type { DeckWords } from '../export/deck';
import { downloadBlob, mapFileName, renderMapPng, serializeMap } from '../export/export-map';
import { summarizeStrategyMap } from '../model/summarize-map';
import { MapOpenStages } from './map-open-stages';
import { MapTextSummary } from './map-text-summary';
import { mapLayouts } from './map-theme';
import { StrategyMapSvg } from './strategy-map-svg';
import { useMapFormat } from './use-map-format';
import { papers, usePrintPaper } from './use-print-paper';
import './strategy-map.css';

export interface StrategyMapStageProps {
  roadmapId: string;
}

/** The closing page: the whole roadmap as one map, to print on one page or export as an image. */
export function StrategyMapStage({ roadmapId }: StrategyMapStageProps) {
  const format = useMapFormat();
  const { t } = format;
  const toast = useToast();
  const { data: source, isPending } = useQuery(strategyMapQueries.detail(roadmapId));
  const [paper, setPaper] = usePrintPaper();
  const [isExporting, setExporting] = useState(false);
  const [isMakingDeck, setMakingDeck] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);
  const paperId = useId();
  const today = isoDay();
  // The map on screen is the chosen sheet's layout: it previews the print, and the images follow
  // it. Presenting shows A4's, whose type is larger on the same screen; the room reads it better.
  const isPresenting = useIsPresenting();
  const layout = mapLayouts[isPresenting ? 'a4' : paper];
  const map = useMemo(
    () => (source ? summarizeStrategyMap(source, today, layout.caps) : null),
    [source, today, layout],
  );

  if (isPending) return <p className="loading-inline" aria-busy="true" />;
  if (!source || !map) return <p role="alert">{t('strategyMap.missing')}</p>;

  const label = t('stages.strategy-map.title');
  // The deck: the roadmap's file for the stages' numbers, the map (with A3's room) as its picture.
  const exportDeck = async () => {
    const svg = svgRef.current;
    if (!svg) return;
    setExporting(true);
    setMakingDeck(true);
    try {
      const [file, { buildDeck }, picture] = await Promise.all([
        readRoadmapFile(roadmapId),
        import('../export/deck'),
        renderMapPng(serializeMap(svg), layout.size.width, layout.size.height).then(blobToDataUrl),
      ]);
      const blob = await buildDeck({
        map: summarizeStrategyMap(source, today, mapLayouts.a3.caps),
        file,
        channelChoice: channelChoice(file),
        mapPicture: { dataUrl: picture, width: layout.size.width, height: layout.size.height },
        words: {
          t: t as unknown as DeckWords['t'],
          number: format.number,
          date: format.date,
          channelName: format.channelName,
        },
      });
      const fileName = `${safeFileName(`${map.title.name} – ${label}`)}.pptx`;
      downloadBlob(fileName, blob);
      toast({ message: t('strategyMap.controls.saved', { file: fileName }) });
    } catch (error) {
      toast({
        tone: 'error',
        message: t('strategyMap.controls.deckFailed', {
          detail: error instanceof Error ? error.message : String(error),
        }),
      });
    } finally {
      setExporting(false);
      setMakingDeck(false);
    }
  };
  const exportAs = async (kind: 'png' | 'svg') => {
    const svg = svgRef.current;
    if (!svg) return;
    setExporting(true);
    try {
      const text = serializeMap(svg);
      const fileName = mapFileName(map.title.name, label, kind);
      const blob =
        kind === 'svg'
          ? new Blob([text], { type: 'image/svg+xml' })
          : await renderMapPng(text, layout.size.width, layout.size.height);
      downloadBlob(fileName, blob);
      toast({ message: t('strategyMap.controls.saved', { file: fileName }) });
    } catch {
      toast({ message: t('strategyMap.controls.failed'), tone: 'error' });
    } finally {
      setExporting(false);
    }
  };

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
        <button
          type="button"
          className="button"
          disabled={isExporting}
          onClick={() => void exportAs('png')}
        >
          {t('strategyMap.controls.png')}
        </button>
        <button
          type="button"
          className="button"
          disabled={isExporting}
          onClick={() => void exportAs('svg')}
        >
          {t('strategyMap.controls.svg')}
        </button>
        <button
          type="button"
          className="button"
          disabled={isExporting}
          aria-busy={isMakingDeck}
          onClick={() => void exportDeck()}
        >
          {isMakingDeck
            ? t('strategyMap.controls.preparing')
            : t('strategyMap.controls.powerpoint')}
        </button>
        <HandOverDownloads roadmapId={roadmapId} />
        <p className="muted strategy-map-hint">{t('strategyMap.controls.printHint')}</p>
      </section>
      <MapTextSummary map={map} format={format} />
    </div>
  );
}

/** A file's bytes as a data URL, as a deck embeds its pictures. */
function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read'));
    reader.readAsDataURL(blob);
  });
}
