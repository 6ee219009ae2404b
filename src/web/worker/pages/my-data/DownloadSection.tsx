import { useState } from 'react';
import type { Credential } from '../../counselling/credential';
import { fetchExport } from '../../my-data/api';
import { saveFile } from '../../my-data/save-file';
import type { ExportFormat } from '../../my-data/types';
import { inWeChat, type Trouble, troubleOf } from '../../my-data/view';
import { TroubleBox } from './TroubleBox';
import { useMyWords } from './words';

type Step =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'done'; name: string }
  | { step: 'trouble'; why: Trouble };

/**
 * 下载一份: the complete data (JSON, with the notes' full text) or a readable page to print (HTML), fetched
 * with the credential in headers and saved as a file; and, since WeChat often blocks downloads, how to get
 * round it.
 */
export function DownloadSection({
  credential,
  onRefused,
}: {
  credential: Credential;
  onRefused: () => void;
}) {
  const { t, lang } = useMyWords();
  const [step, setStep] = useState<{ format: ExportFormat; at: Step }>({
    format: 'json',
    at: { step: 'idle' },
  });

  const download = (format: ExportFormat) => {
    setStep({ format, at: { step: 'working' } });
    fetchExport(credential, format, lang)
      .then(({ blob, filename }) => {
        saveFile(blob, filename);
        setStep({ format, at: { step: 'done', name: filename } });
      })
      .catch((err: unknown) => {
        const why = troubleOf(err);
        if (why === 'proof') return onRefused();
        setStep({ format, at: { step: 'trouble', why } });
      });
  };

  const working = step.at.step === 'working';
  const status = (format: ExportFormat) => {
    if (step.format !== format) return null;
    const at = step.at;
    if (at.step === 'working')
      return (
        <p className="status-line" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('download.working')}
        </p>
      );
    if (at.step === 'done')
      return (
        <p className="note-box" role="status">
          {t('download.done', { name: at.name })}
        </p>
      );
    if (at.step === 'trouble') return <TroubleBox trouble={at.why} onRetry={() => download(format)} />;
    return null;
  };

  return (
    <section id="my-data-download" className="my-data-section" aria-labelledby="my-data-download-heading">
      <h2 id="my-data-download-heading" className="section-title">
        {t('download.heading')}
      </h2>
      <p>{t('download.intro')}</p>
      {(['json', 'html'] as const).map((format) => (
        <div key={format} className="download-choice">
          <button
            type="button"
            className="big-button secondary"
            onClick={() => download(format)}
            disabled={working}
            aria-describedby={`my-data-${format}-hint`}
          >
            {t(`download.${format}`)}
          </button>
          <p id={`my-data-${format}-hint`} className="hint">
            {t(`download.${format}Hint`)}
          </p>
          {status(format)}
        </div>
      ))}
      {inWeChat(navigator.userAgent) && <p className="note-box">{t('download.wechat')}</p>}
      <p className="hint">{t('download.private')}</p>
    </section>
  );
}
