import { lazy, Suspense, useRef, useState } from 'react';
import { useMessages } from '../storeContext';
import { IconButton } from '../Icon';

// The builder, downloads and citation load when the dialog first opens, not with the first view.
const ShareSections = lazy(() => import('./ShareSections'));

/** A button that opens the share dialog: embed snippet builder, downloads and citation. */
export function ShareButton({ disabled = false }: { disabled?: boolean }) {
  const { t } = useMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
        data-testid="share-open"
        disabled={disabled}
      >
        <span className="label-long">{t.shareButton}</span>
        <span className="label-short">{t.shareButtonShort}</span>
      </button>
      <dialog
        ref={dialog}
        className="share"
        aria-labelledby="share-title"
        onClose={() => setOpen(false)}
        data-testid="share-dialog"
      >
        <div className="share__head">
          <h2 id="share-title">{t.shareTitle}</h2>
          <IconButton icon="close" label={t.shareClose} onClick={() => dialog.current?.close()} />
        </div>
        {/* Rendered only while open: the preview iframe and the snippets follow the current view. */}
        {open && (
          <Suspense fallback={<p role="status">{t.loadingPart}</p>}>
            <ShareSections />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
