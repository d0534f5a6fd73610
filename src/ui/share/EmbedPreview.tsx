import { useState } from 'react';
import { SIZE_PRESETS, type SizePreset } from '../../share/snippet';
import { PREVIEW_WIDTHS, type PreviewWidth } from '../../share/previewWidths';
import { useMessages } from '../storeContext';

const PREVIEW_BOX = 560;

/** The embed itself in a frame, at a phone, tablet or desktop width, scaled to fit the dialog. */
export function EmbedPreview({ url, size }: { url: string; size: SizePreset }) {
  const { t } = useMessages();
  const [previewWidth, setPreviewWidth] = useState<PreviewWidth>('desktop');
  const previewW = PREVIEW_WIDTHS[previewWidth];
  const previewH = SIZE_PRESETS[size].height;
  const scale = Math.min(1, PREVIEW_BOX / previewW);
  return (
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
          src={url}
          title={t.sharePreviewFrameTitle(`${previewW} px`)}
          width={previewW}
          height={previewH}
          style={{ transform: `scale(${scale})`, transformOrigin: '0 0', border: 0 }}
          loading="lazy"
          data-testid="embed-preview"
        />
      </div>
    </div>
  );
}
