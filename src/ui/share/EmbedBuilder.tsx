import { useEffect, useState } from 'react';
import { formatDate, hasMessages, messagesFor } from '../../i18n/locale';
import { loadMessages } from '../../i18n/catalogues';
import { appRootUrl } from '../../app/appRoot';
import { donorTexts } from '../../i18n/donorTexts';
import { buildSnippets, type Snippets } from '../../share/snippet';
import { useApp, useMessages } from '../storeContext';
import { CopyField } from './CopyField';
import { EmbedDisplayFieldset, EmbedSelectFields, EmbedWhenFieldsets } from './EmbedFieldsets';
import { EmbedPreview } from './EmbedPreview';
import { embedParams, initialEmbedOptions, type EmbedOptions } from './embedOptions';

/** Choose what the embed shows, preview it at three widths, and copy the snippet. */
export function EmbedBuilder() {
  const { t, lang } = useMessages();
  const date = useApp((s) => s.date);
  const weaponNow = useApp((s) => s.weapon);
  const donorNow = useApp((s) => s.donor);
  const version = useApp((s) => s.dataset?.version ?? null);
  const compareNow = useApp((s) => s.compare);
  const groupNow = useApp((s) => s.group);
  const [options, setOptions] = useState<EmbedOptions>(() =>
    initialEmbedOptions(
      weaponNow,
      lang,
      compareNow ? { donors: compareNow, group: groupNow } : null,
      donorNow,
    ),
  );
  const change = (patch: Partial<EmbedOptions>) => setOptions((o) => ({ ...o, ...patch }));
  useCatalogue(options.lang);

  const frameTitle = donorTexts(messagesFor(options.lang), options.donor).frameTitle(
    options.followLatest ? null : formatDate(date, options.lang),
  );
  // Building the snippets is a few string joins: no memo needed.
  const snippets = buildSnippets({
    siteUrl: appRootUrl().href,
    params: embedParams(options, date, version),
    size: options.size,
    title: frameTitle,
  });

  return (
    <section className="share__section" aria-labelledby="share-embed-title">
      <h3 id="share-embed-title">{t.shareEmbedTitle}</h3>
      <div className="share__grid">
        <EmbedWhenFieldsets options={options} change={change} date={date} version={version} />
        <EmbedSelectFields options={options} change={change} />
        <EmbedDisplayFieldset options={options} change={change} />
      </div>
      <EmbedPreview url={snippets.embedUrl} size={options.size} />
      <SnippetFields snippets={snippets} />
    </section>
  );
}

/** The snippet's title is in the embed's language: bring its catalogue in, then redraw. */
function useCatalogue(lang: EmbedOptions['lang']): void {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!hasMessages(lang)) void loadMessages(lang).then(() => setLoaded((n) => n + 1));
  }, [lang]);
}

function SnippetFields({ snippets }: { snippets: Snippets }) {
  const { t } = useMessages();
  return (
    <>
      <CopyField label={t.shareSnippetIframe} value={snippets.iframe} testId="snippet-iframe" />
      <CopyField
        label={t.shareSnippetScript}
        value={snippets.iframeWithScript}
        testId="snippet-script"
        rows={4}
      />
      <CopyField label={t.shareSnippetLink} value={snippets.link} testId="snippet-link" rows={1} />
    </>
  );
}
