import { useId, useRef, useState } from 'react';
import { useMessages } from '../storeContext';

/** Read-only text with a copy button; falls back to selecting the text where the clipboard is blocked. */
export function CopyField({
  label,
  value,
  testId,
  rows = 3,
}: {
  label: string;
  value: string;
  testId: string;
  rows?: number;
}) {
  const { t } = useMessages();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      area.current?.select();
      setStatus('failed');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={area}
        readOnly
        rows={rows}
        value={value}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="copy-field__actions">
        <button type="button" className="button" onClick={copy} data-testid={`${testId}-copy`}>
          {t.shareCopy}
        </button>
        <span role="status" className="copy-field__status">
          {status === 'copied' ? t.shareCopied : status === 'failed' ? t.shareCopyFailed : ''}
        </span>
      </div>
    </div>
  );
}
