/** What other features may use of the files a consultant hands over. */
export { HandOverDownloads, type HandOverDownloadsProps } from './components/hand-over-downloads';
export { StagePdfButton, type StagePdfButtonProps } from './components/stage-pdf-button';
