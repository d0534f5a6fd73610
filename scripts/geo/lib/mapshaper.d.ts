// Minimal typing for the part of mapshaper's Node API we use.
declare module 'mapshaper' {
  /** Run mapshaper commands on in-memory inputs; resolves to the -o outputs by file name. */
  export function applyCommands(
    commands: string,
    input: Record<string, string | object>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
