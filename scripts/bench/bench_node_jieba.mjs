// Times @node-rs/jieba on a text file, line by line. Used by scripts/bench/reference.sh.
// Usage: NODE_PATH=.bench/node/node_modules node scripts/bench/bench_node_jieba.mjs FILE [RUNS] [MODULE_DIR]
// Prints tab-separated lines:  load <seconds>   and   cut <mode> <best seconds> <tokens>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [file, runsArg, moduleDir] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const require = createRequire(join(resolve(moduleDir ?? '.bench/node'), 'package.json'));
const lines = readFileSync(file, 'utf8').split('\n');

let t0 = process.hrtime.bigint();
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);
const secs = (a) => Number(process.hrtime.bigint() - a) / 1e9;
console.log(`load\t${secs(t0).toFixed(3)}`);
console.log(`version\t${require('@node-rs/jieba/package.json').version}`);

for (const [mode, hmm] of [['HMM on', true], ['HMM off', false]]) {
  let best = Infinity;
  let tokens = 0;
  for (let r = 0; r < runs; r++) {
    t0 = process.hrtime.bigint();
    let n = 0;
    for (const line of lines) n += jieba.cut(line, hmm).length;
    best = Math.min(best, secs(t0));
    tokens = n;
  }
  console.log(`cut\t${mode}\t${best.toFixed(4)}\t${tokens}`);
}
