// Makes sure the browsers and the CJK font a command needs are here before `npm start`,
// `npm run demo` and `npm test` use them: when one is missing it runs scripts/setup-browsers.sh
// (apt-get, the same installer `.ci/run` calls) as root, or through sudo. Where that cannot work
// (no apt-get, not root and no usable sudo, apt-get failing) it prints one sentence naming what to
// install and how to point at it, and reports failure. Silent when everything is present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SETUP_SCRIPT = fileURLToPath(new URL('./setup-browsers.sh', import.meta.url));

/** A browser binary: Debian's path unless its environment variable points elsewhere. */
function binary(name, pkg, env, fallback) {
  const file = () => process.env[env] ?? fallback;
  return {
    name,
    pkg,
    env,
    fallback,
    overridden: () => process.env[env] !== undefined,
    present: () => existsSync(file()),
    label: () => `${name} (${file()})`,
    absence: () => `${file()} is still missing`,
  };
}

const NEEDS = {
  chromium: binary('Chromium', 'chromium', 'CHROMIUM_BIN', '/usr/bin/chromium'),
  firefox: binary('Firefox ESR', 'firefox-esr', 'FIREFOX_BIN', '/usr/bin/firefox-esr'),
  font: {
    name: 'a CJK font',
    pkg: 'fonts-wqy-microhei',
    overridden: () => false,
    present: cjkFontPresent,
    label: () => 'a CJK font',
    absence: () => '`fc-list :lang=zh` still lists no Chinese font',
  },
};

/** Any font fontconfig says covers Chinese; without fontconfig, the Debian package; else trust the OS. */
function cjkFontPresent() {
  const fc = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (!fc.error) return fc.status === 0 && fc.stdout.trim() !== '';
  const dpkg = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'fonts-wqy-microhei'], { encoding: 'utf8' });
  if (!dpkg.error) return dpkg.stdout === 'install ok installed';
  return process.platform !== 'linux'; // macOS and Windows ship CJK fonts
}

const onPath = (command) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && existsSync(path.join(dir, command)));

/** How to run the installer here (`argv` and a few words on how), or why it cannot run. */
function installRoute() {
  if (!onPath('apt-get')) return { reason: 'there is no apt-get, so this is not Debian or Ubuntu' };
  if (process.getuid?.() === 0) return { argv: ['bash', SETUP_SCRIPT], how: 'as root' };
  if (!onPath('sudo')) return { reason: 'you are not root and there is no sudo' };
  if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) {
    return { argv: ['sudo', '-n', 'bash', SETUP_SCRIPT], how: 'through sudo' };
  }
  if (process.stdin.isTTY && process.stdout.isTTY) {
    return { argv: ['sudo', 'bash', SETUP_SCRIPT], how: 'through sudo, which asks for your password' };
  }
  return { reason: 'you are not root and sudo needs a password' };
}

const list = (words) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** The one sentence for needs that could not be installed. */
function cannotInstall(missing, reason, command, optOut) {
  const browsers = missing.filter((n) => n.env);
  const them = missing.length === 1 ? 'it' : 'them';
  const how = onPath('apt-get')
    ? `as root with \`apt-get install ${missing.map((n) => n.pkg).join(' ')}\``
    : "with your system's package manager";
  const pointAt =
    browsers.length === 0
      ? ''
      : ` and point ${list(browsers.map((b) => b.env))} at the ${browsers.length === 1 ? 'browser' : 'browsers'} ` +
        `if ${browsers.length === 1 ? 'it is' : 'they are'} not ${list(browsers.map((b) => b.fallback))}`;
  return (
    `${command} needs ${list(missing.map((n) => n.name))} and cannot install ${them} here (${reason}): ` +
    `install ${them} ${how}${pointAt}${optOut ? `, or ${optOut}` : ''}.`
  );
}

/**
 * Checks for `needs` ('chromium', 'firefox', 'font') and installs what is missing. `command` names
 * the caller in messages ('npm test'); `optOut`, if there is one, says how to do without
 * ('run … to leave out …'). Returns `{ ok, missing, problems }`: the needs still absent and the
 * sentences (already printed) saying what to do about them.
 */
export function ensureBrowsers(needs, { command, optOut } = {}) {
  const wanted = needs.map((id) => ({ id, ...NEEDS[id] }));
  const missing = wanted.filter((n) => !n.present());
  const problems = [];
  // A path the reader chose that does not exist is theirs to fix: installing would not create it.
  for (const n of missing.filter((n) => n.overridden())) {
    problems.push(
      `${command} needs ${n.name}, but ${n.env}=${process.env[n.env]} does not exist: point ${n.env} at ` +
        `${n.name}, or unset it to use ${n.fallback} (installed when missing)${optOut ? `, or ${optOut}` : ''}.`,
    );
  }
  const installable = missing.filter((n) => !n.overridden());
  if (installable.length > 0) {
    const route = installRoute();
    if (route.reason) problems.push(cannotInstall(installable, route.reason, command, optOut));
    else {
      const pkgs = installable.map((n) => n.pkg);
      console.log(
        `\n${command}: ${list(installable.map((n) => n.label()))} ` +
          `${installable.length === 1 ? 'is' : 'are'} missing; installing ${pkgs.join(' ')} with apt-get ` +
          `(scripts/setup-browsers.sh, ${route.how}).`,
      );
      const run = spawnSync(route.argv[0], [...route.argv.slice(1), ...pkgs], { stdio: 'inherit' });
      const still = installable.filter((n) => !n.present());
      const reason =
        run.status !== 0
          ? 'scripts/setup-browsers.sh failed, see above'
          : `scripts/setup-browsers.sh ran, but ${list(still.map((n) => n.absence()))}`;
      if (still.length > 0) problems.push(cannotInstall(still, reason, command, optOut));
    }
  }
  for (const problem of problems) console.error(`\n${problem}`);
  const left = wanted.filter((n) => !n.present()).map((n) => n.id);
  return { ok: left.length === 0, missing: left, problems };
}
