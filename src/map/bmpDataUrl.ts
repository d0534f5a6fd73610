/**
 * A data: URL of RGBA pixels as an uncompressed 32-bit BMP, built in script. The legend's pattern
 * swatches used a canvas's `toDataURL`, which waits for the graphics process: on first load that
 * process is busy drawing the page's first frame, and the first render of the legend spent 450 ms
 * there under software rendering. A dozen-pixel tile needs no compression, so BMP's fixed header
 * is all the format it takes.
 */
export function bmpDataUrl(image: { width: number; height: number; data: Uint8Array }): string {
  const { width, height, data } = image;
  const header = 54;
  const pixelBytes = width * height * 4;
  const bytes = new Uint8Array(header + pixelBytes);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x42; // 'B'
  bytes[1] = 0x4d; // 'M'
  view.setUint32(2, bytes.length, true);
  view.setUint32(10, header, true);
  view.setUint32(14, 40, true); // BITMAPINFOHEADER
  view.setInt32(18, width, true);
  view.setInt32(22, height, true); // positive: rows stored bottom-up
  view.setUint16(26, 1, true); // planes
  view.setUint16(28, 32, true); // bits per pixel
  view.setUint32(34, pixelBytes, true);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = header + ((height - 1 - y) * width + x) * 4;
      bytes[to] = data[from + 2]!; // blue
      bytes[to + 1] = data[from + 1]!; // green
      bytes[to + 2] = data[from]!; // red
      bytes[to + 3] = data[from + 3]!;
    }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/bmp;base64,${btoa(binary)}`;
}
