/**
 * Sketches synthetic articles [from, from + count) with the production `sketch` and writes them as raw uint32
 * (2 × SKETCH_SIZE per article) to a file: the benchmark runs two of these side by side and caches the result.
 */
import fs from 'node:fs';
import { sketch, SKETCH_SIZE } from '../../src/core/text/sketch.ts';
import { article } from './syntheticArticles.ts';

const [from, count, out] = [Number(process.argv[2]), Number(process.argv[3]), String(process.argv[4])];
const width = 2 * SKETCH_SIZE;
const data = new Uint32Array(count * width);
for (let i = 0; i < count; i++) {
  const s = sketch(article(from + i).paragraphs.join('\n\n'));
  if (s.length === width) data.set(s, i * width);
}
fs.writeFileSync(out, Buffer.from(data.buffer));
