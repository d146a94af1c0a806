import PptxGenJS from 'pptxgenjs';
import type { RoadmapFile } from '../../../core/file/roadmap-file';
import { stageSlugs, type StageSlug } from '../../../lib/stages';
import type { Channel } from '../../channels';
import { dotsByOption } from '../model/source-from-rows';
import type { StrategyMapModel } from '../model/summarize-map';

/** The words and formats a deck is written with, in the UI language. */
export interface DeckWords {
  /** A catalogue key or a label in words (`t`). */
  t: (key: string, values?: Record<string, unknown>) => string;
  number: (value: number) => string;
  date: (iso: string) => string;
  channelName: (channel: Pick<Channel, 'name' | 'catalogKey'>) => string;
}

export interface DeckInput {
  map: StrategyMapModel;
  file: RoadmapFile;
  /** Per channel id: the survey's share and the share the age mix leads one to expect, in %. */
  channelChoice: { survey: ReadonlyMap<string, number>; expected: ReadonlyMap<string, number> };
  /** The strategy map as a PNG data URL, for its full-slide picture. */
  mapPicture: { dataUrl: string; width: number; height: number };
  words: DeckWords;
}

const ink = '17212B';
const muted = '4A5866';
const brand = '0F3D5E';
const accent = 'B86E00';
const font = 'Arial';
const slideWidth = 13.33;
const slideHeight = 7.5;

type Slide = ReturnType<PptxGenJS['addSlide']>;
type Row = PptxGenJS.TableRow;

/** A slide with the stage's number and name as its title, and the stage's notes for the speaker. */
function stageSlide(deck: PptxGenJS, input: DeckInput, stage: StageSlug | 'strategy-map'): Slide {
  const { t } = input.words;
  const slide = deck.addSlide();
  const number = stageSlugs.indexOf(stage as StageSlug) + 1;
  if (number > 0)
    slide.addText(t('workshop.present.stageOf', { number }).toLocaleUpperCase(), {
      x: 0.5,
      y: 0.3,
      w: 6,
      h: 0.3,
      fontFace: font,
      fontSize: 12,
      bold: true,
      color: muted,
    });
  slide.addText(t(`stages.${stage}.title`), {
    x: 0.5,
    y: 0.6,
    w: 12.3,
    h: 0.7,
    fontFace: font,
    fontSize: 28,
    bold: true,
    color: ink,
  });
  const notes = input.file.rows.stageNotes.find((note) => note.stage === stage)?.text;
  if (notes) slide.addNotes(notes);
  return slide;
}

const row = (cells: string[]): Row => cells.map((text) => ({ text }));
const header = (cells: string[]): Row =>
  cells.map((text) => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: brand } } }));

/** A table in the deck's one style, in the box given (below the title unless `y` says). */
function addTable(
  slide: Slide,
  rows: Row[],
  { x, y = 1.5, w, colW }: { x: number; y?: number; w: number; colW: number[] },
) {
  slide.addTable(rows, {
    x,
    y,
    w,
    colW,
    fontFace: font,
    fontSize: 12,
    color: ink,
    border: { type: 'solid', pt: 0.5, color: 'D9D4C9' },
    autoPage: false,
  });
}

function startingPoint(deck: PptxGenJS, input: DeckInput) {
  const { t } = input.words;
  const slide = stageSlide(deck, input, 'starting-point');
  const points = input.map.standing.points;
  if (points.length === 0) return;
  // Positioning: digital competence across, service culture up, each point named.
  slide.addChart(
    deck.ChartType.scatter,
    [
      {
        name: t('startingPoint.themesShort.digital'),
        values: points.map((point) => point.digital),
      },
      {
        name: t('startingPoint.themesShort.culture'),
        values: points.map((point) => point.culture),
        labels: points.map((point) => point.name),
      },
    ],
    {
      x: 0.5,
      y: 1.5,
      w: 6.3,
      h: 5.5,
      lineSize: 0,
      lineDataSymbolSize: 10,
      dataLabelFormatScatter: 'custom',
      showLabel: true,
      dataLabelFontSize: 11,
      valAxisMinVal: 1,
      valAxisMaxVal: 5,
      valAxisTitle: t('startingPoint.themesShort.culture'),
      showValAxisTitle: true,
      catAxisTitle: t('startingPoint.themesShort.digital'),
      showCatAxisTitle: true,
      showLegend: false,
      chartColors: [accent],
      showTitle: true,
      title: t('strategyMap.deck.positioning'),
      titleFontSize: 14,
    },
  );
  // The means per theme, side by side for every company.
  slide.addChart(
    deck.ChartType.bar,
    (['digital', 'culture'] as const).map((theme) => ({
      name: t(`startingPoint.themesShort.${theme}`),
      labels: points.map((point) => point.name),
      values: points.map((point) => Math.round(point[theme] * 10) / 10),
    })),
    {
      x: 7,
      y: 1.5,
      w: 5.8,
      h: 5.5,
      barDir: 'bar',
      valAxisMinVal: 0,
      valAxisMaxVal: 5,
      showLegend: true,
      legendPos: 'b',
      chartColors: [brand, accent],
      showValue: true,
      dataLabelFormatCode: '0.0',
      showTitle: true,
      title: t('strategyMap.deck.themes'),
      titleFontSize: 14,
    },
  );
}

function goals(deck: PptxGenJS, input: DeckInput) {
  const { t, number, date } = input.words;
  const slide = stageSlide(deck, input, 'goals');
  const items = input.map.goals.items;
  const rows: Row[] = [
    header(
      [
        t('fileFields.title'),
        t('fileFields.target'),
        t('fileFields.deadline'),
        t('fileFields.dots'),
      ].map(capitalize),
    ),
    ...items.map((goal) =>
      row([
        goal.title,
        goal.target === null ? '' : `${number(goal.target)} ${goal.unit}`.trim(),
        goal.deadline ? date(goal.deadline) : '',
        String(goal.dots),
      ]),
    ),
  ];
  addTable(slide, rows, { x: 0.5, w: 7.2, colW: [3.9, 1.4, 1.2, 0.7] });
  if (items.some((goal) => goal.dots > 0))
    slide.addChart(
      deck.ChartType.bar,
      [
        {
          name: t('fileFields.dots'),
          labels: items.map((goal) => goal.title),
          values: items.map((goal) => goal.dots),
        },
      ],
      {
        x: 8,
        y: 1.5,
        w: 4.8,
        h: 5.5,
        barDir: 'bar',
        showValue: true,
        showLegend: false,
        chartColors: [accent],
        showTitle: true,
        title: t('strategyMap.deck.dots'),
        titleFontSize: 14,
      },
    );
}

function channels(deck: PptxGenJS, input: DeckInput) {
  const { t, channelName } = input.words;
  const slide = stageSlide(deck, input, 'channels');
  const { rows: tables } = input.file;
  const list = [...tables.channels].sort((a, b) => a.position - b.position);
  // The room's dot-vote on the channels, when it voted: a column of its own.
  const dots = dotsByOption(tables.channelVotes);
  const voted = Object.keys(dots).length > 0;
  addTable(
    slide,
    [
      header(
        [
          t('fileFields.name'),
          t('fileFields.status'),
          ...(voted ? [t('fileFields.dots')] : []),
        ].map(capitalize),
      ),
      ...list.map((channel) =>
        row([
          channelName(channel),
          t(`channels.status.${channel.status}`),
          ...(voted ? [String(dots[channel.id] ?? 0)] : []),
        ]),
      ),
    ],
    { x: 0.5, w: 5, colW: voted ? [2.6, 1.6, 0.8] : [3.2, 1.8] },
  );
  const { survey, expected } = input.channelChoice;
  const asked = list.filter((channel) => survey.has(channel.id));
  if (asked.length === 0) return;
  // What the customers said against what their age mix would lead one to expect.
  const round = (value: number | null | undefined) =>
    value === null || value === undefined ? 0 : Math.round(value * 10) / 10;
  slide.addChart(
    deck.ChartType.bar,
    [
      {
        name: t('strategyMap.deck.surveyShare'),
        labels: asked.map(channelName),
        values: asked.map((channel) => round(survey.get(channel.id))),
      },
      ...(expected.size > 0
        ? [
            {
              name: t('strategyMap.deck.expectedShare'),
              labels: asked.map(channelName),
              values: asked.map((channel) => round(expected.get(channel.id))),
            },
          ]
        : []),
    ],
    {
      x: 5.8,
      y: 1.5,
      w: 7,
      h: 5.5,
      barDir: 'bar',
      showLegend: true,
      legendPos: 'b',
      chartColors: [brand, accent],
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      showValue: true,
      // No label on an empty bar (a channel the age mix says nothing about).
      dataLabelFormatCode: '0"%";-0"%";""',
      showTitle: true,
      title: t('strategyMap.deck.survey'),
      titleFontSize: 14,
    },
  );
}

function kpis(deck: PptxGenJS, input: DeckInput) {
  const { t, date } = input.words;
  const slide = stageSlide(deck, input, 'kpis');
  const { kpis: list, measurements } = input.file.rows;
  // The KPIs with the most values, each its own line chart with its target.
  const charted = [...list]
    .map((kpi) => ({
      kpi,
      values: measurements
        .filter((row) => row.kpiId === kpi.id)
        .sort((a, b) => a.date.localeCompare(b.date)),
    }))
    .filter((entry) => entry.values.length > 1)
    .sort((a, b) => b.values.length - a.values.length)
    .slice(0, 4);
  charted.forEach(({ kpi, values }, index) => {
    const labels = values.map((row) => date(row.date));
    slide.addChart(
      deck.ChartType.line,
      [
        { name: kpi.name, labels, values: values.map((row) => row.value) },
        ...(kpi.target === null
          ? []
          : [
              {
                name: capitalize(t('fileFields.target')),
                labels,
                values: values.map(() => kpi.target as number),
              },
            ]),
      ],
      {
        x: 0.5 + (index % 2) * 6.2,
        y: 1.5 + Math.floor(index / 2) * 2.9,
        w: 6,
        h: 2.8,
        chartColors: [brand, accent],
        lineSize: 2,
        lineDataSymbol: 'none',
        showLegend: true,
        legendPos: 'b',
        legendFontSize: 10,
        catAxisLabelFontSize: 9,
        valAxisLabelFontSize: 9,
        showTitle: true,
        title: kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name,
        titleFontSize: 12,
      },
    );
  });
}

function journey(deck: PptxGenJS, input: DeckInput) {
  const { t, channelName } = input.words;
  const slide = stageSlide(deck, input, 'journey');
  const phases = input.map.journey.phases;
  if (phases.length === 0) return;
  addTable(
    slide,
    [
      header([t('fileFields.phaseId'), t('deliverables.sheets.touchpoints')].map(capitalize)),
      ...phases.map((phase) =>
        row([
          phase.name,
          phase.touchpoints
            .map((point) =>
              point.channel
                ? `${point.description} (${channelName(point.channel)})`
                : point.description,
            )
            .join('\n'),
        ]),
      ),
    ],
    { x: 0.5, w: 12.3, colW: [3, 9.3] },
  );
}

function training(deck: PptxGenJS, input: DeckInput) {
  const { t, date } = input.words;
  const slide = stageSlide(deck, input, 'training');
  const { people } = input.map;
  if (people.percent !== null)
    slide.addText(t('strategyMap.deck.teamReady', { percent: Math.round(people.percent) }), {
      x: 0.5,
      y: 1.4,
      w: 12,
      h: 0.5,
      fontFace: font,
      fontSize: 18,
      bold: true,
      color: accent,
    });
  const modules = [...input.file.rows.trainingModules].sort((a, b) => a.position - b.position);
  if (modules.length === 0) return;
  addTable(
    slide,
    [
      header(
        [
          t('fileFields.title'),
          t('fileFields.startDate'),
          t('fileFields.endDate'),
          t('fileFields.status'),
        ].map(capitalize),
      ),
      ...modules.map((module) =>
        row([
          module.title,
          module.startDate ? date(module.startDate) : '',
          module.endDate ? date(module.endDate) : '',
          t(`training.modules.statusOption.${module.status}`),
        ]),
      ),
    ],
    { x: 0.5, y: 2.1, w: 12.3, colW: [6.3, 2, 2, 2] },
  );
}

function goLive(deck: PptxGenJS, input: DeckInput) {
  const { t, date, channelName } = input.words;
  const slide = stageSlide(deck, input, 'go-live');
  const { goLive: plan, channels: planned } = input.map;
  if (plan.date)
    slide.addText(`${capitalize(t('fileFields.goLiveDate'))}: ${date(plan.date)}`, {
      x: 0.5,
      y: 1.4,
      w: 7,
      h: 0.5,
      fontFace: font,
      fontSize: 18,
      bold: true,
      color: brand,
    });
  if (plan.applicable > 0)
    slide.addChart(
      deck.ChartType.doughnut,
      [
        {
          name: t('strategyMap.deck.readiness'),
          labels: [t('goLive.checklist.state.done'), t('goLive.checklist.state.open')],
          values: [plan.done, plan.applicable - plan.done],
        },
      ],
      {
        x: 8.3,
        y: 1.5,
        w: 4.5,
        h: 4.5,
        chartColors: [brand, 'D9D4C9'],
        holeSize: 60,
        showLegend: true,
        legendPos: 'b',
        showValue: true,
        showPercent: false,
        showTitle: true,
        title: t('strategyMap.deck.readiness'),
        titleFontSize: 14,
      },
    );
  if (planned.planned.length > 0)
    addTable(
      slide,
      [
        header([t('fileFields.channelId'), t('fileFields.fullDate')].map(capitalize)),
        ...planned.planned.map((channel) =>
          row([channelName(channel), channel.fullDate ? date(channel.fullDate) : '']),
        ),
      ],
      { x: 0.5, y: 2.2, w: 7.3, colW: [4.8, 2.5] },
    );
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The workshop as a 16:9 PowerPoint deck: a title slide, a slide per stage with its result as
 * native charts and tables (editable in PowerPoint and Impress), the stage's notes as speaker
 * notes, and the strategy map as a full-slide picture.
 */
export async function buildDeck(input: DeckInput): Promise<Blob> {
  const { t, date } = input.words;
  const { title } = input.map;
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = title.name;
  deck.company = title.company;
  const cover = deck.addSlide();
  cover.background = { color: brand };
  cover.addText(title.name, {
    x: 0.8,
    y: 2.3,
    w: 11.7,
    h: 1.4,
    fontFace: font,
    fontSize: 40,
    bold: true,
    color: 'FFFFFF',
  });
  cover.addText(
    [title.company, title.workshopDate ? date(title.workshopDate) : '', title.author]
      .filter(Boolean)
      .join(' · '),
    { x: 0.8, y: 3.8, w: 11.7, h: 0.6, fontFace: font, fontSize: 20, color: 'FBE9C8' },
  );
  cover.addText(t('strategyMap.deck.subtitle'), {
    x: 0.8,
    y: 6.4,
    w: 11.7,
    h: 0.4,
    fontFace: font,
    fontSize: 14,
    color: 'FFFFFF',
  });

  startingPoint(deck, input);
  goals(deck, input);
  channels(deck, input);
  kpis(deck, input);
  journey(deck, input);
  training(deck, input);
  goLive(deck, input);

  const map = deck.addSlide();
  const { dataUrl, width, height } = input.mapPicture;
  const scale = Math.min(slideWidth / width, slideHeight / height);
  map.addImage({
    data: dataUrl.replace(/^data:/, ''),
    x: (slideWidth - width * scale) / 2,
    y: (slideHeight - height * scale) / 2,
    w: width * scale,
    h: height * scale,
    altText: t('strategyMap.text.label', { name: title.name }),
  });
  return (await deck.write({ outputType: 'blob' })) as Blob;
}
