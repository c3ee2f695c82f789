import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { PageServer } from './chromium-lede';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Lede in Firefox, for the e2e tests: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi,
 * with the built extension (.output/firefox-mv2) installed as a temporary add-on, and test pages served
 * from 127.0.0.1 (PageServer from chromium-lede.ts).
 *
 * No network: every connection Firefox makes to anything but localhost goes through a "proxy" on
 * 127.0.0.1 that answers none of them and records each one (plain HTTP requests and HTTPS CONNECTs). That
 * catches the add-on's background page and Firefox's own services too, which page-level request events
 * do not see. The prefs below switch Firefox's own background services off on top of what Puppeteer
 * already sets.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');

export function firefoxExtensionBuilt(): boolean {
  return existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'));
}

/**
 * Why Firefox cannot run here, or null when it can: the binary is missing or `--version` fails.
 * (A launch that fails after this check is a test failure, not a skip.)
 */
export function firefoxUnavailable(): string | null {
  if (!existsSync(FIREFOX)) return `${FIREFOX} does not exist (install firefox-esr or set FIREFOX_PATH)`;
  try {
    execFileSync(FIREFOX, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });
    return null;
  } catch (e) {
    return `${FIREFOX} --version failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
}

/** Records every connection Firefox tries to make beyond localhost, and refuses it. */
export class RecordingProxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  /** "GET http://host/path" or "CONNECT host:443", in order. */
  readonly requests: string[] = [];
  port = 0;

  async start(): Promise<number> {
    this.server = createServer((req, res) => {
      this.requests.push(`${req.method} ${req.url}`);
      res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('Lede e2e: no network');
    });
    this.server.on('connect', (req, socket: Socket) => {
      this.requests.push(`CONNECT ${req.url}`);
      socket.on('error', () => {});
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  /** The host of each recorded request. */
  hosts(): string[] {
    return this.requests.map((r) => {
      const target = r.split(' ')[1] ?? '';
      try {
        return r.startsWith('CONNECT ') ? target.replace(/:\d+$/, '') : new URL(target).hostname;
      } catch {
        return target;
      }
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Prefs that keep Firefox off the network: everything non-local through the recording proxy, background services off. */
export function offlinePrefs(proxyPort: number): Record<string, unknown> {
  return {
    // Every non-local connection goes to the recording proxy (localhost is never proxied by default).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.http.http3.enable': false,
    // Remote Settings (blocklists, search config, …): Firefox release builds ignore this pref unless
    // MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the environment (set at launch); a data: URL means no server.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    // Telemetry, studies, updates, remote settings, safe browsing, push, geo, discovery.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.shield.optoutstudies.enabled': false,
    'app.normandy.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.discovery.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.contentblocking.report.lockwise.enabled': false,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'geo.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'services.sync.engine.addons': false,
    'identity.fxaccounts.enabled': false,
  };
}

export interface FirefoxLede {
  browser: Browser;
  /** "153.8.0" */
  version: string;
  major: number;
  extensionId: string;
  proxy: RecordingProxy;
  server: PageServer;
  /** Hosts Firefox tried to reach that no page we serve links to (the add-on's or Firefox's own). */
  violations(): string[];
  close(): Promise<void>;
}

/** Launches Firefox ESR headless with Lede installed. The pages must already be served by `server`. */
export async function launchFirefoxLede(server: PageServer, opts: { headless?: boolean } = {}): Promise<FirefoxLede> {
  if (!firefoxExtensionBuilt()) throw new Error(`No build at ${FIREFOX_EXTENSION_DIR}: run "npm run build" first (npm test does).`);
  const proxy = new RecordingProxy();
  await proxy.start();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: opts.headless ?? true,
      protocol: 'webDriverBiDi',
      extraPrefsFirefox: offlinePrefs(proxy.port),
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
  } catch (e) {
    await proxy.stop();
    throw e;
  }
  const version = (await browser.version()).replace(/^firefox\//i, '');
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser, version, major: parseInt(version, 10), extensionId, proxy, server,
    violations: () => proxy.requests.filter((_, i) => !pageLinksHost(server, proxy.hosts()[i])),
    close: async () => {
      await browser.close().catch(() => {});
      await proxy.stop();
    },
  };
}

/** Does one of the served pages itself link to this host (an embed of the test page)? */
function pageLinksHost(server: PageServer, host: string): boolean {
  for (const p of server.pages.values()) if (String(p.body).includes(`//${host}/`)) return true;
  return false;
}
