import { assetUrl } from '../app/appRoot';

/** "CSV · JSON": the two downloads of one data file (paths under public/). */
export function DataLinks({ csv, json }: { csv: string; json: string }) {
  return (
    <>
      <a href={assetUrl(csv)} download>
        CSV
      </a>{' '}
      ·{' '}
      <a href={assetUrl(json)} download>
        JSON
      </a>
    </>
  );
}
