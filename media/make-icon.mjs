#!/usr/bin/env node
// Draws the 128×128 extension icon (media/icon.png) with no dependencies: a speech bubble with
// quotation marks and a small globe, anti-aliased by 4×4 supersampling, written as an RGBA PNG.
// Usage: node media/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4;

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2;
const ellipseRing = (cx, cy, rx, ry, w) => (x, y) => {
  const d = Math.hypot((x - cx) / rx, (y - cy) / ry);
  return Math.abs(d - 1) * Math.min(rx, ry) <= w / 2;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const union = (...fs) => (x, y) => fs.some((f) => f(x, y));
const intersect = (...fs) => (x, y) => fs.every((f) => f(x, y));

const top = hex('#1F5F99');
const bottom = hex('#0B2A45');
const white = hex('#FFFFFF');
const orange = hex('#E8743B');
const green = hex('#3FA34D');

/** A quotation mark: a dot with a tail curling down to the left. */
const mark = (cx, cy) => union(circle(cx, cy, 8), triangle(cx - 8, cy + 1, cx + 2, cy + 7, cx - 9, cy + 19));

const layers = [
  { shape: roundRect(4, 4, 124, 124, 26), color: (x, y) => mix(top, bottom, y / SIZE) },
  { shape: union(roundRect(16, 20, 108, 84, 16), triangle(34, 80, 58, 80, 28, 104)), color: () => white },
  { shape: union(mark(44, 44), mark(70, 44)), color: () => orange },
  { shape: circle(98, 96, 21), color: () => green },
  {
    shape: intersect(circle(98, 96, 19.5), union(ring(98, 96, 18, 2.6), ellipseRing(98, 96, 8, 18, 2.4), (x, y) => Math.abs(y - 96) <= 1.2, (x, y) => Math.abs(y - 87) <= 1 || Math.abs(y - 105) <= 1)),
    color: () => white,
  },
];

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let c = null;
        for (const layer of layers) if (layer.shape(x, y)) c = layer.color(x, y);
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
    }
    const o = (py * SIZE + px) * 4;
    rgba[o] = a ? Math.round(r / a) : 0;
    rgba[o + 1] = a ? Math.round(g / a) : 0;
    rgba[o + 2] = a ? Math.round(b / a) : 0;
    rgba[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
const out = new URL('./icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`media/icon.png: ${png.length} bytes`);
