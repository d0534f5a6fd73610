import { useApp, useMessages } from '../ui/storeContext';
import { currentEpoch } from '../store/selectors';
import { Swatch } from '../ui/Legend';
import { FullMapLink } from './FullMapLink';

/** The chosen zone in one line, with a link to its sourced details in the full map. */
export function EmbedZoneLine() {
  const { t, loc } = useMessages();
  const zone = useApp((s) => s.zone);
  const weapon = useApp((s) => s.weapon);
  const epoch = useApp(currentEpoch);
  const engine = useApp((s) => s.engine);
  if (!zone || !epoch || !engine) return <p className="embed__hint">{t.embedHint}</p>;
  const status =
    weapon === 'all'
      ? engine.summaryAt(epoch.from)[zone]
      : (epoch.statuses[zone][weapon]?.status ?? 'not-supplied');
  const condition = weapon === 'all' ? undefined : epoch.statuses[zone][weapon]?.condition;
  return (
    <p className="embed__zone" data-testid="embed-zone">
      <Swatch status={status} /> <strong>{t.zones[zone]}</strong>: {t.statuses[status]}
      {condition ? ` (${loc.text(condition)})` : ''} · <FullMapLink>{t.embedDetails}</FullMapLink>
    </p>
  );
}
