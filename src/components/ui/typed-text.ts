import { hasXmlIllegalCharacter, replaceXmlIllegal } from '../../lib/xml-text';

/** The inputs whose value is free text; the others (numbers, dates, checkboxes) hold none. */
const textInputTypes = new Set(['text', 'search', 'url', 'tel', '']);

function isTextField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}

/**
 * Sets the value the way the browser does when the user types: through the prototype's setter,
 * under the instance's own (React's value tracker), so that React still sees the change and calls
 * onChange with the clean text.
 */
function setNativeValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

/**
 * Text pasted from slides or PDFs often carries control characters (PowerPoint's soft line break
 * is U+000B) that no export can write and the text schema refuses. Before any field's own handler
 * reads the value, each becomes a space, or a line break in a text area; the caret keeps its
 * place, since the text keeps its length. Nothing is refused and nothing else changes.
 */
export function cleanTypedText(event: Event): void {
  const field = event.target;
  if (!isTextField(field) || !hasXmlIllegalCharacter(field.value)) return;
  const { selectionStart, selectionEnd, selectionDirection } = field;
  const multiline = field instanceof HTMLTextAreaElement;
  setNativeValue(field, replaceXmlIllegal(field.value, { multiline }));
  if (selectionStart !== null && selectionEnd !== null && document.activeElement === field) {
    field.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
  }
}

/**
 * Cleans every text field of the page as it is typed into or pasted into. Listens on the document
 * in the capture phase, which runs before React's listeners on its root and before any field's
 * onChange, so every field (self-saving, react-hook-form, plain) gets the clean text. Returns the
 * function that stops it.
 */
export function installTypedTextCleaner(target: Document = document): () => void {
  target.addEventListener('input', cleanTypedText, true);
  return () => target.removeEventListener('input', cleanTypedText, true);
}
