// Draws the extension's gallery icon (client/media/icon.png, 128×128): a page with
// lines of text and a check mark, on the gallery banner's blue. The gallery needs
// a PNG (it refuses SVG), and Node's zlib is all a PNG encoder needs, so the icon
// is drawn here rather than kept as a binary nobody can regenerate.
// Run: npx tsx test/tools/makeIcon.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 128;
/** Samples per pixel side, for smooth edges. */
const SS = 4;
type Rgb = readonly [number, number, number];
const BANNER: Rgb = [0x1f, 0x3a, 0x5f];
const PAGE: Rgb = [0xf7, 0xf7, 0xf2];
const INK: Rgb = [0x9a, 0xa5, 0xb1];
const CHECK: Rgb = [0x2e, 0xa0, 0x43];

/** The colour at a point of the 128-unit canvas, or null outside the rounded tile. */
function colourAt(x: number, y: number): Rgb | null {
  if (!insideRoundedRect(x, y, 0, 0, SIZE, SIZE, 22)) return null;
  if (nearSegment(x, y, 52, 86, 66, 100, 7) || nearSegment(x, y, 66, 100, 104, 56, 7)) return CHECK;
  if (insideRoundedRect(x, y, 26, 16, 70, 96, 6)) {
    for (const line of [34, 46, 58, 70]) if (y >= line && y < line + 5 && x >= 36 && x < (line === 70 ? 64 : 86)) return INK;
    return PAGE;
  }
  return BANNER;
}

function insideRoundedRect(x: number, y: number, left: number, top: number, width: number, height: number, r: number): boolean {
  if (x < left || y < top || x >= left + width || y >= top + height) return false;
  const cx = Math.min(Math.max(x, left + r), left + width - r);
  const cy = Math.min(Math.max(y, top + r), top + height - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number, halfWidth: number): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return (x - (x1 + t * dx)) ** 2 + (y - (y1 + t * dy)) ** 2 <= halfWidth * halfWidth;
}

function pixels(): Buffer {
  // Each row starts with PNG filter byte 0 (none), then RGBA.
  const out = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let py = 0; py < SIZE; py++) {
    const row = py * (1 + SIZE * 4);
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const at = row + 1 + px * 4;
      if (a > 0) out.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (SS * SS))], at);
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method choice, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = join(__dirname, '..', '..', 'client', 'media', 'icon.png');
writeFileSync(target, png);
console.log(`wrote ${target} (${png.length} bytes)`);
