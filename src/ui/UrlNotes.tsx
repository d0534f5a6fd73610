import { useApp, useAppStore, useMessages } from './storeContext';

/** Says which link parameters were ignored, so a broken link never fails silently. */
export function UrlNotes() {
  const store = useAppStore();
  const { t } = useMessages();
  const notes = useApp((s) => s.notes);
  if (notes.length === 0) return null;
  return (
    <div className="url-notes" role="status" data-testid="url-notes">
      <p className="url-notes__title">{t.urlNoteTitle}</p>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <span>{t.urlNote(note.param, note.value, t.urlReasons[note.reason])}</span>
            <button
              type="button"
              className="text-button"
              onClick={() => store.getState().dismissNote(note.id)}
              aria-label={`${t.urlNoteDismiss}: ${note.param}`}
            >
              {t.urlNoteDismiss}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
