import type { ReactNode } from 'react';
import { buildFoldsEvent, revealInFolds } from './fold';
import './warning-list.css';

export interface WarningAction {
  label: string;
  /** Read instead of `label` when the visible text alone does not say which item it is for. */
  ariaLabel?: string;
  onAction: () => void;
}

export interface Warning {
  key: string;
  text: string;
  /** Buttons that fix it, or any element (a link to another stage). */
  actions?: readonly WarningAction[] | ReactNode;
}

/** Moves focus (and the view) to an element of the page, such as the row a warning is about. */
export function goToElement(elementId: string): void {
  let element = document.getElementById(elementId);
  if (!element) {
    // It may sit in a folded list whose content is built when first opened: build it now.
    window.dispatchEvent(new Event(buildFoldsEvent));
    element = document.getElementById(elementId);
  }
  // What the check points at may sit in a folded list: open it first.
  if (element) revealInFolds(element);
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
}

const isActionList = (actions: Warning['actions']): actions is readonly WarningAction[] =>
  Array.isArray(actions);

export interface WarningListProps {
  items: readonly Warning[];
  label?: string;
  /**
   * Folds the checks into this one line ("7 checks need attention"), opened with a click, so
   * the stage's result stays in view.
   */
  summary?: string;
}

/** A stage's checks in one style, each with what fixes it; announced politely as they change. */
export function WarningList({ items, label, summary }: WarningListProps) {
  const list = <WarningItems items={items} label={label} />;
  if (summary === undefined) return list;
  if (items.length === 0) return null;
  return (
    <details className="warning-fold">
      <summary>
        <span aria-hidden="true" className="warning-mark">
          !
        </span>{' '}
        {summary}
      </summary>
      {list}
    </details>
  );
}

function WarningItems({ items, label }: { items: readonly Warning[]; label?: string }) {
  return (
    <div className="warning-list" role="status" aria-label={label}>
      {items.map((item) => (
        <div key={item.key} className="warning-item">
          <p>
            <span aria-hidden="true" className="warning-mark">
              !
            </span>{' '}
            {item.text}
          </p>
          <div className="warning-actions">
            {isActionList(item.actions)
              ? item.actions.map((action) => (
                  <button
                    key={action.ariaLabel ?? action.label}
                    type="button"
                    className="button button-small"
                    aria-label={action.ariaLabel}
                    onClick={action.onAction}
                  >
                    {action.label}
                  </button>
                ))
              : item.actions}
          </div>
        </div>
      ))}
    </div>
  );
}
