import { useRef, type ReactNode } from 'react';

interface FilePickerButtonProps {
  accept: string;
  className?: string;
  /** The chooser opens: a moment to load what reading the file will need. */
  onOpen?: () => void;
  onFile: (file: File) => void;
  children: ReactNode;
}

/** A real button that opens the browser's file chooser; the input itself stays out of the tab order. */
export function FilePickerButton({
  accept,
  className,
  onOpen,
  onFile,
  children,
}: FilePickerButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          onOpen?.();
          inputRef.current?.click();
        }}
      >
        {children}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset so choosing the same file again still fires a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
