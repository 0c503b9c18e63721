/**
 * Sketches synthetic articles [from, from + count) with the production `sketch` and writes them as raw uint32
 * (2 × SKETCH_SIZE per article) to a file: the benchmark runs two of these side by side and caches the result.
 */
import fs from 'node:fs';
import { sketch, SKETCH_SIZE } from '../../src/core/text/sketch.ts';
import { article } from './syntheticArticles.ts';

const [from, count, out] = [Number(process.argv[2]), Number(process.argv[3]), String(process.argv[4])];
const width = 2 * SKETCH_SIZE;
// `heads`: the articles' url, title and publisher instead, so the fill does not regenerate every article.
if (process.argv[5] === 'heads') {
  const heads = Array.from({ length: count }, (_, i) => {
    const a = article(from + i);
    return [a.url, a.title, a.publisher];
  });
  fs.writeFileSync(out, JSON.stringify(heads));
  process.exit(0);
}
const data = new Uint32Array(count * width);
for (let i = 0; i < count; i++) {
  const s = sketch(article(from + i).paragraphs.join('\n\n'));
  if (s.length === width) data.set(s, i * width);
}
fs.writeFileSync(out, Buffer.from(data.buffer));
