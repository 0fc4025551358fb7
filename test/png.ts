// Screenshot checks for the browser tests: decodes an 8-bit RGB(A), non-interlaced PNG (what Chromium writes) into color counts.
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';

/** How many pixels of each RGB color (0xRRGGBB) a PNG holds, with its size. */
export function colorCounts(png: Buffer): { width: number; height: number; counts: Map<number, number> } {
  assert.equal(png.readUInt32BE(12), 0x49484452, 'IHDR first');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colorType, , , interlace] = png.subarray(24, 29);
  assert.equal(depth, 8, '8-bit PNG');
  assert.equal(interlace, 0, 'not interlaced');
  const bpp = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  assert.ok(bpp, `color type ${colorType}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  let previous = Buffer.alloc(stride);
  const counts = new Map<number, number>();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? line[x - bpp] : 0;
      const b = previous[x];
      const c = x >= bpp ? previous[x - bpp] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      line[x] = (line[x] + predictor) & 0xff;
    }
    for (let x = 0; x < stride; x += bpp) {
      const color = (line[x] << 16) | (line[x + 1] << 8) | line[x + 2];
      counts.set(color, (counts.get(color) ?? 0) + 1);
    }
    previous = line;
  }
  return { width, height, counts };
}
