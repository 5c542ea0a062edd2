// Draws the toolbar icons (a teal speech bubble with a white tick) as PNGs, so the icons are reproducible from source
// and no image editor is needed. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
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

/** Coverage of one point in unit coordinates (0..1): 0 transparent, 1 bubble, 2 tick. */
function shade(x, y) {
  const tick = distanceToPolyline(x, y, [[0.3, 0.46], [0.44, 0.6], [0.7, 0.32]]) < 0.065;
  const inBody = (x - 0.5) ** 2 / 0.44 ** 2 + (y - 0.45) ** 2 / 0.36 ** 2 <= 1;
  const inTail = y > 0.7 && y < 0.95 && x > 0.22 && x < 0.42 && x - 0.22 < (0.95 - y) * 0.8;
  if (!(inBody || inTail)) return 0;
  return tick && inBody ? 2 : 1;
}
function distanceToPolyline(px, py, pts) {
  let best = Infinity;
  for (let i = 0; i < pts.length - 1; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[i + 1];
    const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    best = Math.min(best, Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))));
  }
  return best;
}

function png(size) {
  const ss = 4; // supersampling for smooth edges
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const v = shade((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (v === 1) { r += 0x0f; g += 0x76; b += 0x6e; a += 255; }
          if (v === 2) { r += 255; g += 255; b += 255; a += 255; }
        }
      const n = ss * ss;
      const alpha = a / n;
      const k = alpha ? 255 / a : 0;
      row.set([Math.round(r * k), Math.round(g * k), Math.round(b * k), Math.round(alpha)], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size));
