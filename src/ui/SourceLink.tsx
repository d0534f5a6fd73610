import type { Source } from '../domain/types';
import type { Messages } from '../i18n/messages/en';
import { useMessages } from './storeContext';
import { CONTENT_LANG, formatDate } from '../i18n/locale';

/**
 * A source as a reader should weigh it: the outlet we link to, whose reporting it carries, when it
 * was published, and who stands behind it when that is a state.
 */
export function SourceLink({ source }: { source: Source }) {
  const { t, lang, loc } = useMessages();
  const quoteLang = source.lang ?? CONTENT_LANG;
  const translation = source.quote ? loc.quoteTranslation(source.quote, quoteLang) : undefined;
  const published = source.published
    ? formatDate(source.published, lang, source.published.length === 7 ? 'month' : 'short')
    : null;
  return (
    <li className="source">
      {source.quote && (
        <blockquote className="source__quote" lang={quoteLang === lang ? undefined : quoteLang}>
          “{source.quote}”
        </blockquote>
      )}
      {translation && (
        <p className="source__translation">
          <span className="source__translation-label">{t.quoteOurTranslation}</span> {translation}
        </p>
      )}
      <a href={source.url} target="_blank" rel="noopener noreferrer" className="source__link">
        {source.outlet}
        <span className="visually-hidden"> {t.opensInNewTab}</span>
      </a>
      {source.via && <Via t={t} outlet={source.via} />}
      {published && <span className="source__date"> · {t.sourcePublished(published)}</span>}
      {(source.stateAffiliated || source.affiliation) && (
        <span
          className={`badge${source.stateAffiliated ? ' badge--warning' : ''}`}
          data-state-affiliated={source.stateAffiliated}
        >
          {source.stateAffiliated ? t.sourceStateAffiliated : t.sourceAffiliation}
          {source.affiliation && (
            <span lang={loc.langOf(source.affiliation)}>: {loc.text(source.affiliation)}</span>
          )}
        </span>
      )}
      {source.note && (
        <span className="source__note" lang={loc.langOf(source.note)}>
          {' '}
          ({loc.text(source.note)})
        </span>
      )}
    </li>
  );
}

/** "(reporting by Reuters)": the outlet's name is a citation, in whatever language the words are. */
function Via({ t, outlet }: { t: Messages; outlet: string }) {
  const [before, after] = t.sourceVia('\u0000').split('\u0000');
  return (
    <span className="source__via">
      {' '}
      {before}
      <cite>{outlet}</cite>
      {after}
    </span>
  );
}
