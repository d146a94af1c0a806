import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; onAction: () => void };
  /** Milliseconds before the toast leaves; undo toasts stay a little longer. */
  duration?: number;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast needs a <ToastProvider>');
  return show;
}

/** At most this many toasts show at once; a new one pushes out the oldest. */
export const maxVisibleToasts = 3;

/**
 * Short messages in a polite live region, stacked in the bottom right-hand corner so they stay
 * clear of the page's work and of the header's controls.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)),
    [],
  );
  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      // The same message again (a file saved twice) replaces the first rather than stacking.
      const isRepeat = (toast: Toast) =>
        !toast.action && !input.action && toast.message === input.message;
      setToasts((all) => [
        ...all.filter((toast) => !isRepeat(toast)).slice(1 - maxVisibleToasts),
        { ...input, id },
      ]);
      window.setTimeout(() => dismiss(id), input.duration ?? (input.action ? 8000 : 5000));
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
            <span>{toast.message}</span>
            {toast.action ? (
              <button
                type="button"
                className="button button-light"
                onClick={() => {
                  toast.action?.onAction();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            ) : null}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
