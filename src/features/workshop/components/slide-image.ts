import { toCanvas } from 'html-to-image';
import { withSvgPaintInlined } from '../../../lib/svg-styles';

/** A slide image's size: what a 16:9 deck of any kind takes without scaling. */
export const slideSize = { width: 1920, height: 1080 } as const;

/**
 * The stage as the room sees it while presenting, as a 1920x1080 PNG for people who paste
 * pictures into their own deck: the 16:9 part of the stage's page that is on the screen (from
 * its top, or from where the room has scrolled to), scaled to full HD, without the presenting
 * bar's controls. html-to-image draws the page's own DOM, so what is on the screen is what is in
 * the picture.
 */
export async function stageSlideImage(page: HTMLElement, background: string): Promise<Blob> {
  const width = page.clientWidth;
  const height = Math.round((width * slideSize.height) / slideSize.width);
  // How far the room has scrolled into the page, kept so that the slide is a whole 16:9 part.
  const scrolled = Math.min(
    Math.max(0, -page.getBoundingClientRect().top),
    Math.max(0, page.scrollHeight - height),
  );
  // A margin all round, as a slide has; the page keeps its own width, so nothing reflows.
  const margin = { x: 64, y: 36 };
  const drawn = await withSvgPaintInlined(page, () =>
    toCanvas(page, {
      width,
      height,
      canvasWidth: slideSize.width - 2 * margin.x,
      canvasHeight: slideSize.height - 2 * margin.y,
      pixelRatio: 1,
      backgroundColor: background,
      style: { margin: '0', transform: `translateY(${-scrolled}px)` },
      // Fonts are the system's: nothing to fetch and embed.
      skipFonts: true,
    }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = slideSize.width;
  canvas.height = slideSize.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas to draw the slide on');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(drawn, margin.x, margin.y);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The slide could not be drawn'))),
      'image/png',
    ),
  );
}
