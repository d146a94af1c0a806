import type { RefObject } from 'react';
import { useFileDownload } from '../../../components/ui/use-file-download';
import { mapFileName, renderMapPng, serializeMap } from '../export/export-map';
import { readRoadmapFile } from '../../roadmaps';
import type { DeckWords } from '../export/deck';
import { channelChoice } from '../model/channel-choice';
import type { StrategyMapModel } from '../model/summarize-map';
import type { MapLayout } from './map-theme';
import type { MapFormat } from './use-map-format';

export type MapDownload = 'png' | 'svg' | 'pdf' | 'pptx';

export interface MapDownloadsInput {
  svgRef: RefObject<SVGSVGElement | null>;
  roadmapId: string;
  /** What the deck's slides summarize. */
  deckMap: () => StrategyMapModel | null;
  roadmapName: string;
  /** The drawn sheet's layout: the PDF is that sheet, the chosen paper but while presenting. */
  layout: MapLayout;
  format: MapFormat;
}

/**
 * The map's files: PNG and SVG from the drawing on the page, and the PDF of the print, whose
 * libraries and fonts load only when it is asked for. Each says where it was saved, or that it
 * failed, in a toast; the roadmap itself is never touched.
 */
export function useMapDownloads({
  svgRef,
  roadmapId,
  deckMap,
  roadmapName,
  layout,
  format,
}: MapDownloadsInput) {
  const { t, language } = format;
  const { busy, download: save } = useFileDownload<MapDownload>();

  const make = async (kind: MapDownload, svg: SVGSVGElement): Promise<Blob> => {
    if (kind === 'svg') return new Blob([serializeMap(svg)], { type: 'image/svg+xml' });
    if (kind === 'png') {
      return renderMapPng(serializeMap(svg), layout.size.width, layout.size.height);
    }
    if (kind === 'pptx') return makeDeck(svg);
    const { renderMapPdf } = await import('../export/export-pdf');
    return renderMapPdf(svg, {
      paper: layout.paper,
      title: t('strategyMap.text.label', { name: roadmapName }),
      language: language === 'it' ? 'it' : 'en',
    });
  };

  // The deck: the roadmap's file for the stages' numbers, the map as its last slide's picture.
  const makeDeck = async (svg: SVGSVGElement): Promise<Blob> => {
    const map = deckMap();
    if (!map) throw new Error('The map is not drawn yet');
    const [file, { buildDeck }, picture] = await Promise.all([
      readRoadmapFile(roadmapId),
      import('../export/deck'),
      renderMapPng(serializeMap(svg), layout.size.width, layout.size.height).then(blobToDataUrl),
    ]);
    return buildDeck({
      map,
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
  };

  const download = (kind: MapDownload) => {
    const svg = svgRef.current;
    if (!svg) return;
    return save(
      kind,
      async () => ({
        fileName: mapFileName(roadmapName, t('stages.strategy-map.title'), kind),
        blob: await make(kind, svg),
      }),
      {
        making: t(`strategyMap.controls.making.${kind}`),
        saved: (file) => t('strategyMap.controls.saved', { file }),
        failed: () => t(`strategyMap.controls.failed.${kind}`),
      },
    );
  };

  return { busy, download };
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
