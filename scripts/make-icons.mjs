#!/usr/bin/env node
// Draws the toolbar and store icons (a white "P" on a blue rounded square) as PNGs with node alone: a shape
// function sampled 4×4 per pixel for smooth edges, then a minimal PNG encoder (zlib deflate, CRC-32).
// Usage: node scripts/make-icons.mjs [outDir]   (default: public/icons)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];

/** Which colour a point (0..1 square) takes: null outside the rounded square. */
function shade(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const stem = x >= 0.3 && x <= 0.43 && y >= 0.2 && y <= 0.82;
  const d = Math.hypot(x - 0.5, y - 0.4);
  const bowl = x >= 0.36 && d >= 0.11 && d <= 0.22 && y >= 0.18 && y <= 0.62;
  return stem || bowl ? WHITE : BLUE;
}

function pixels(size) {
  const data = Buffer.alloc(size * (size * 4 + 1));
  const N = 4;
  for (let py = 0; py < size; py++) {
    data[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < N; sy++)
        for (let sx = 0; sx < N; sx++) {
          const c = shade((px + (sx + 0.5) / N) / size, (py + (sy + 0.5) / N) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      data[o] = a ? Math.round(r / a) : 0;
      data[o + 1] = a ? Math.round(g / a) : 0;
      data[o + 2] = a ? Math.round(b / a) : 0;
      data[o + 3] = Math.round((a / (N * N)) * 255);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
export function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function makeIcons(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) fs.writeFileSync(path.join(outDir, `icon-${size}.png`), png(size));
  return SIZES.map((s) => `icon-${s}.png`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'public', 'icons'));
  console.log(`icons: ${makeIcons(out).join(', ')} → ${path.relative(process.cwd(), out)}`);
}
