import { useEffect, useState } from 'react';
import { WEAPON_IDS } from '../../domain/ids';
import { LANGS, formatDate, hasMessages, messagesFor, type Lang } from '../../i18n/locale';
import { loadMessages } from '../../i18n/catalogues';
import { LANGUAGE_NAMES } from '../LanguageSwitcher';
import { appRootUrl } from '../../app/appRoot';
import { buildSnippets, SIZE_PRESETS, type SizePreset } from '../../share/snippet';
import { PREVIEW_WIDTHS, type PreviewWidth } from '../../share/previewWidths';
import { type UrlState } from '../../url/params';
import { THEMES, type Theme } from '../../store/theme';
import type { WeaponFilter } from '../../store/appStore';
import { useApp, useMessages } from '../storeContext';
import { CopyField } from './CopyField';
import { SelectField } from './SelectField';

const PREVIEW_BOX = 560;

/** Choose what the embed shows, preview it at three widths, and copy the snippet. */
export function EmbedBuilder() {
  const { t, lang } = useMessages();
  const date = useApp((s) => s.date);
  const weaponNow = useApp((s) => s.weapon);
  const version = useApp((s) => s.dataset?.version ?? null);
  const [followLatest, setFollowLatest] = useState(false);
  const [weapon, setWeapon] = useState<WeaponFilter>(weaponNow);
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [size, setSize] = useState<SizePreset>('responsive');
  const [controls, setControls] = useState(true);
  const [legend, setLegend] = useState(true);
  const [isStatic, setStatic] = useState(false);
  const [theme, setTheme] = useState<Theme>('auto');
  const [pinned, setPinned] = useState(true);
  const [previewWidth, setPreviewWidth] = useState<PreviewWidth>('desktop');
  // The snippet's title is in the embed's language: bring its catalogue in, then redraw.
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!hasMessages(embedLang)) void loadMessages(embedLang).then(() => setLoaded((n) => n + 1));
  }, [embedLang]);

  const params: Partial<UrlState> = {
    date: followLatest ? undefined : date,
    weapon: weapon === 'all' ? undefined : weapon,
    lang: embedLang === 'en' ? undefined : embedLang,
    theme: theme === 'auto' ? undefined : theme,
    v: pinned && version ? version : undefined,
    controls: isStatic || controls ? undefined : false,
    legend: legend ? undefined : false,
    static: isStatic ? true : undefined,
  };
  const siteUrl = appRootUrl().href;
  const frameTitle = messagesFor(embedLang).embedFrameTitle(
    followLatest ? null : formatDate(date, embedLang),
  );
  // Building the snippets is a few string joins: no memo needed.
  const snippets = buildSnippets({ siteUrl, params, size, title: frameTitle });

  const previewW = PREVIEW_WIDTHS[previewWidth];
  const previewH = SIZE_PRESETS[size].height;
  const scale = Math.min(1, PREVIEW_BOX / previewW);

  return (
    <section className="share__section" aria-labelledby="share-embed-title">
      <h3 id="share-embed-title">{t.shareEmbedTitle}</h3>
      <div className="share__grid">
        <fieldset>
          <legend>{t.shareDateLabel}</legend>
          <label>
            <input
              type="radio"
              name="embed-date"
              checked={!followLatest}
              onChange={() => setFollowLatest(false)}
            />{' '}
            {t.shareDateCurrent(formatDate(date, lang))}
          </label>
          <label>
            <input
              type="radio"
              name="embed-date"
              checked={followLatest}
              onChange={() => setFollowLatest(true)}
            />{' '}
            {t.shareDateLatest}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t.shareDataLabel}</legend>
          <label>
            <input type="radio" name="embed-data" checked={pinned} onChange={() => setPinned(true)} />{' '}
            {t.shareDataPinned(version ?? '')}
          </label>
          <label>
            <input type="radio" name="embed-data" checked={!pinned} onChange={() => setPinned(false)} />{' '}
            {t.shareDataCurrent}
          </label>
        </fieldset>
        <SelectField
          label={t.weaponFilterLabel}
          value={weapon}
          options={['all', ...WEAPON_IDS] as const}
          name={(id) => t.weapons[id]}
          onChange={setWeapon}
          testId="embed-weapon"
        />
        <SelectField
          label={t.shareSizeLabel}
          value={size}
          options={Object.keys(SIZE_PRESETS) as SizePreset[]}
          name={(id) => t.shareSizes[id]}
          onChange={setSize}
          testId="embed-size"
        />
        <SelectField
          label={t.shareLanguageLabel}
          value={embedLang}
          options={LANGS}
          name={(id) => LANGUAGE_NAMES[id]}
          onChange={setEmbedLang}
          optionLang={(id) => id}
        />
        <SelectField
          label={t.shareThemeLabel}
          value={theme}
          options={THEMES}
          name={(id) => t.shareThemes[id]}
          onChange={setTheme}
        />
        <fieldset>
          <legend>{t.shareOptionsLabel}</legend>
          <label>
            <input
              type="checkbox"
              checked={controls && !isStatic}
              disabled={isStatic}
              onChange={(e) => setControls(e.target.checked)}
            />{' '}
            {t.shareOptionControls}
          </label>
          <label>
            <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />{' '}
            {t.shareOptionLegend}
          </label>
          <label>
            <input
              type="checkbox"
              checked={isStatic}
              onChange={(e) => setStatic(e.target.checked)}
              data-testid="embed-static"
            />{' '}
            {t.shareOptionStatic}
          </label>
        </fieldset>
      </div>

      <div className="share__preview">
        <div className="share__preview-head">
          <h4>{t.sharePreview}</h4>
          <div role="group" aria-label={t.sharePreview}>
            {(Object.keys(PREVIEW_WIDTHS) as PreviewWidth[]).map((id) => (
              <button
                key={id}
                type="button"
                className="button"
                aria-pressed={previewWidth === id}
                onClick={() => setPreviewWidth(id)}
              >
                {t.sharePreviewWidths[id]}
              </button>
            ))}
          </div>
        </div>
        <div className="share__preview-box" style={{ width: previewW * scale, height: previewH * scale }}>
          <iframe
            src={snippets.embedUrl}
            title={t.sharePreviewFrameTitle(`${previewW} px`)}
            width={previewW}
            height={previewH}
            style={{ transform: `scale(${scale})`, transformOrigin: '0 0', border: 0 }}
            loading="lazy"
            data-testid="embed-preview"
          />
        </div>
      </div>

      <CopyField label={t.shareSnippetIframe} value={snippets.iframe} testId="snippet-iframe" />
      <CopyField
        label={t.shareSnippetScript}
        value={snippets.iframeWithScript}
        testId="snippet-script"
        rows={4}
      />
      <CopyField label={t.shareSnippetLink} value={snippets.link} testId="snippet-link" rows={1} />
    </section>
  );
}
