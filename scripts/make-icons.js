#!/usr/bin/env node
/**
 * Writes the add-in's icons (assets/icon-<size>.png): a green rounded square with a white page
 * and three rising bars — an annual summary drawn from figures. Uses only Node's zlib, so the
 * icons can be regenerated anywhere: `node scripts/make-icons.js`.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [33, 115, 70, 255];
const WHITE = [255, 255, 255, 255];
const BAR = [33, 115, 70, 255];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes an RGBA pixel function as a PNG (8-bit RGBA, no interlace). */
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The icon at `size` pixels, drawn on a unit square so every size has the same shape. */
function icon(size) {
  const radius = 0.18;
  const inRoundedSquare = (u, v) => {
    const dx = Math.max(radius - u, 0, u - (1 - radius));
    const dy = Math.max(radius - v, 0, v - (1 - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
  const page = { left: 0.22, right: 0.78, top: 0.16, bottom: 0.84 };
  const bars = [
    { left: 0.3, right: 0.4, top: 0.56 },
    { left: 0.45, right: 0.55, top: 0.44 },
    { left: 0.6, right: 0.7, top: 0.3 },
  ];
  const barBottom = 0.74;
  return png(size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    if (!inRoundedSquare(u, v)) return CLEAR;
    const onPage = u >= page.left && u <= page.right && v >= page.top && v <= page.bottom;
    if (!onPage) return GREEN;
    const onBar = bars.some((b) => u >= b.left && u <= b.right && v >= b.top && v <= barBottom);
    return onBar ? BAR : WHITE;
  });
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, icon(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
