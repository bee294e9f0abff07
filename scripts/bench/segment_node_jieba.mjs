// The job of `campaigntext segment FILE --lexicon jieba` done with @node-rs/jieba, end to end: read the file,
// cut it line by line (HMM on) and write one output line per input line, words joined by " / ".
// Used by scripts/bench/reference.sh for the end-to-end row.
// Usage: node scripts/bench/segment_node_jieba.mjs FILE [MODULE_DIR] > out.txt
import { readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [file, moduleDir] = process.argv.slice(2);
const require = createRequire(join(resolve(moduleDir ?? '.bench/node'), 'package.json'));
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);

const lines = readFileSync(file, 'utf8').split('\n');
let out = [];
let size = 0;
for (let i = 0; i < lines.length; i++) {
  if (i === lines.length - 1 && lines[i] === '') break;
  const line = jieba.cut(lines[i], true).join(' / ') + '\n';
  out.push(line);
  size += line.length;
  if (size > 1 << 16) {
    writeSync(1, out.join(''));
    out = [];
    size = 0;
  }
}
writeSync(1, out.join(''));
