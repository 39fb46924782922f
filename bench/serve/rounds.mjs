// The timed rounds of bench/serve-rebuild.sh, in one Node process (Node 20, no dependencies).
//
//   node bench/serve/rounds.mjs URL PAGE SERVER_LOG SERVER_PID ROUNDS
//
// Listens to the live-reload event stream at URL like an open page, then for each round edits
// PAGE once as a diagram edit and once as a text edit (see serve-rebuild.sh) and measures the wall
// time from the moment before the file write to the reload event's arrival. The shell's wait loop
// this replaces spawned grep, sleep and date on every 5 ms poll, which on a loaded 2-core machine
// added tens of milliseconds to each figure; here the event is a callback on an open socket.
//
// Output, one tab-separated line per edit, for the shell to format and summarize:
//   kind  round  total_ms  server_cpu_ms  <the server's "rebuilt in" log line>
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { execFileSync } from 'node:child_process';

const [url, page, serverLog, serverPid, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!url || !page || !serverLog || !serverPid || !(rounds >= 1)) {
  console.error('usage: node rounds.mjs URL PAGE SERVER_LOG SERVER_PID ROUNDS');
  process.exit(2);
}
const TIMEOUT_MS = 60_000;
const REBUILT = /rebuilt in|rebuild failed/;

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---- the event stream: resolves waiters when the count of `data:` lines passes theirs
let events = 0;
let waiters = [];
function onEvent() {
  events++;
  const now = performance.now();
  const due = waiters.filter((w) => events > w.count);
  waiters = waiters.filter((w) => events <= w.count);
  for (const w of due) w.resolve(now);
}
function nextEvent(count) {
  return new Promise((resolve, reject) => {
    waiters.push({ count, resolve });
    setTimeout(() => reject(new Error(`no reload event within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref();
  });
}
const stream = get(`${url}__reglab/events`, (res) => {
  if (res.statusCode !== 200) fail(`the event stream answered ${res.statusCode}`);
  res.setEncoding('utf8');
  let pending = '';
  res.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) if (line.startsWith('data:')) onEvent();
  });
  res.on('end', () => fail('the server closed the event stream'));
});
stream.on('error', (e) => fail(`the event stream failed: ${e.message}`));

// ---- the server's log: its "rebuilt in" lines carry the build's parts
function rebuiltLines() {
  return readFileSync(serverLog, 'utf8').split('\n').filter((l) => REBUILT.test(l));
}
async function nextRebuilt(count) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const lines = rebuiltLines();
    if (lines.length > count) return lines[lines.length - 1];
    if (Date.now() > deadline) fail(`the server logged no rebuild within ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// ---- CPU time (ms) used so far by the server and its descendants (JVM, Playwright's driver,
// Chromium's processes): wall times grow with the machine's load, this much less.
const TICK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
function treeCpuMs(root) {
  const parent = new Map();
  const cpu = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parent.set(name, f[1]);
    cpu.set(name, Number(f[11]) + Number(f[12]));
  }
  let total = 0;
  for (const [pid, ticks] of cpu) {
    let p = pid;
    for (let n = 0; p !== root && p !== undefined && Number(p) > 1 && n < 64; n++) p = parent.get(p);
    if (p === root) total += ticks;
  }
  return Math.round((total * 1000) / TICK);
}

// ---- the edits (the same as the shell version's sed commands)
function edit(kind) {
  const stamp = process.hrtime.bigint();
  const text = readFileSync(page, 'utf8');
  const edited = kind === 'diagram'
    ? text.replace(/A\[Model Complexity[^\]]*\]/, `A[Model Complexity ${stamp}]`)
    : text.replace(/^Regularization techniques are essential( \(edit \d+\))?/m, `Regularization techniques are essential (edit ${stamp})`);
  if (edited === text) fail(`the ${kind} edit found nothing to change in ${page}; update the bench`);
  return edited;
}

async function round(kind, n) {
  const rebuilt = rebuiltLines().length;
  const seen = events;
  const edited = edit(kind);
  const cpu0 = treeCpuMs(serverPid);
  const arrived = nextEvent(seen);
  const written = performance.now();
  writeFileSync(page, edited);
  const reloaded = await arrived;
  const line = await nextRebuilt(rebuilt);
  const cpu = treeCpuMs(serverPid) - cpu0;
  if (/rebuild failed/.test(line)) fail(`a rebuild failed: ${line}`);
  console.log([kind, n, Math.round(reloaded - written), cpu, line].join('\t'));
}

await nextEvent(0); // the state event every page gets on connecting
for (let r = 1; r <= rounds; r++) {
  await round('diagram', r);
  await round('text', r);
}
stream.destroy();
process.exit(0);
