import { useApp, useAppStore, useMessages } from '../storeContext';
import { Icon } from '../Icon';

/** ⏮ previous change, ▶/⏸/↻ play, ⏭ next change. Re-renders when play or "at the end" flips, not per day. */
export function TimelineButtons() {
  const store = useAppStore();
  const { t } = useMessages();
  const playing = useApp((s) => s.playing);
  const atEnd = useApp((s) => s.date >= s.today);
  const playLabel = playing ? t.pause : atEnd ? t.replay : t.play;
  return (
    <div className="timeline__buttons">
      <button
        type="button"
        className="icon-button"
        onClick={() => store.getState().goToPreviousChange()}
        aria-label={t.previousChange}
        title={t.previousChange}
      >
        <Icon name="previous" />
      </button>
      <button
        type="button"
        className="icon-button icon-button--primary"
        onClick={() => store.getState().setPlaying(!playing)}
        aria-label={playLabel}
        title={playLabel}
        data-testid="play"
      >
        <Icon name={playing ? 'pause' : atEnd ? 'replay' : 'play'} />
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => store.getState().goToNextChange()}
        aria-label={t.nextChange}
        title={t.nextChange}
      >
        <Icon name="next" />
      </button>
    </div>
  );
}
