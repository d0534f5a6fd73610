import { CiteSection } from './CiteSection';
import { DownloadSection } from './DownloadSection';
import { EmbedBuilder } from './EmbedBuilder';

/** The share dialog's contents: its own chunk, loaded on first open. */
export default function ShareSections() {
  return (
    <>
      <EmbedBuilder />
      <DownloadSection />
      <CiteSection />
    </>
  );
}
