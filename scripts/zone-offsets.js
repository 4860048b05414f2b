#!/usr/bin/env node
/**
 * Writes lambda/core/zone-offsets.json: for every IANA time zone this Node's ICU knows, its UTC offset and each
 * change of it (daylight saving) from a year before today to four years after. The skill reads a user's calendar
 * day from it without Intl: the first Intl date formatter of a process costs about 20 ms of ICU set-up, a third
 * of a cold start (README, performance). Outside the window, or for a zone not listed, it asks Intl as before.
 *
 *   node scripts/zone-offsets.js
 *
 * test/core/zone-calendar.test.ts checks the file against the ICU of the Node running the tests, so a tzdata
 * update that changes a rule fails the suite until the file is written again.
 */
'use strict';

const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const OUT = path.join(__dirname, '..', 'lambda', 'core', 'zone-offsets.json');
/** The system's tz database, if present, for the names ICU does not list (Asia/Kolkata is ICU's Asia/Calcutta). */
const TZDATA = '/usr/share/zoneinfo/tzdata.zi';

/** Offset of `zone` at instant `ms`, in whole minutes east of UTC, as ICU computes it. */
function icuOffsetMinutes(format, ms) {
  const parts = {};
  for (const { type, value } of format.formatToParts(new Date(ms))) parts[type] = Number(value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

function formatFor(zone) {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/** The offset and its changes over [from, to): "<offset>" then ";<minutes after from, base 36>,<offset>" each. */
function schedule(zone, from, to) {
  const format = formatFor(zone);
  const offsetAt = (ms) => icuOffsetMinutes(format, ms);
  let current = offsetAt(from);
  let text = String(current);
  for (let day = from; day < to; day += DAY_MS) {
    const next = offsetAt(Math.min(day + DAY_MS, to));
    if (next === current) continue;
    // The change lies in (day, day + 1 day]: find its first minute.
    let low = day;
    let high = Math.min(day + DAY_MS, to);
    while (high - low > MINUTE_MS) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetAt(mid) === current) low = mid;
      else high = mid;
    }
    current = offsetAt(high);
    text += `;${((high - from) / MINUTE_MS).toString(36)},${current}`;
  }
  return text;
}

/** Every name ICU accepts: its canonical zones, and the tz database's zones and links where the system has it. */
function zoneNames() {
  const names = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
  if (existsSync(TZDATA)) {
    for (const line of readFileSync(TZDATA, 'utf8').split('\n')) {
      const fields = line.split(' ');
      // "Z <zone> ..." and "L <target> <link>"
      const name = fields[0] === 'Z' ? fields[1] : fields[0] === 'L' ? fields[2] : undefined;
      if (name && isZone(name)) names.add(name);
    }
  }
  return [...names].sort();
}

function isZone(name) {
  try {
    formatFor(name);
    return true;
  } catch {
    return false;
  }
}

/** Zones sharing a schedule share one entry: `zones` maps each name to its index in `schedules`. */
function generate(now = Date.now()) {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const from = today - 365 * DAY_MS;
  const to = today + 4 * 365 * DAY_MS;
  const schedules = [];
  const zones = {};
  for (const zone of zoneNames()) {
    const text = schedule(zone, from, to);
    let index = schedules.indexOf(text);
    if (index < 0) index = schedules.push(text) - 1;
    zones[zone] = index;
  }
  return { icu: process.versions.icu, tz: process.versions.tz, from, to, schedules, zones };
}

module.exports = { generate, icuOffsetMinutes, formatFor };

if (require.main === module) {
  const table = generate();
  writeFileSync(OUT, `${JSON.stringify(table)}\n`);
  console.log(`zone offsets: ${Object.keys(table.zones).length} zones, ${table.schedules.length} schedules, ICU ${table.icu}, tzdata ${table.tz}, ` + `${new Date(table.from).toISOString().slice(0, 10)} to ${new Date(table.to).toISOString().slice(0, 10)} -> ${path.relative(process.cwd(), OUT)}`);
}
