// Every entry page (the app, the embed view, the benchmark floor) declares where the site root is
// relative to itself in <meta name="app-root">, so data and geometry URLs resolve the same way
// whether the site is served at "/" or from a sub-folder, and whichever page loaded them.
export function appRootUrl(doc: Document = document): URL {
  const declared = doc.querySelector<HTMLMetaElement>('meta[name="app-root"]')?.content ?? './';
  return new URL(declared, doc.baseURI);
}

export function assetUrl(path: string, doc: Document = document): string {
  return new URL(path, appRootUrl(doc)).href;
}
