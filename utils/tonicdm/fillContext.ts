import { TONICDM_ORIGIN } from '../portal/hosts';

/** An https URL without credentials or a non-default port, else null. */
function strictHttpsUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  return parsed;
}

/**
 * Whether a page may receive the fill: exactly https://app.tonicdm.com, or one of the extra
 * origins an administrator configured, compared as whole origins so that look-alikes such as
 * app.tonicdm.com.example.test or other tonicdm.com subdomains never match.
 */
export function isAllowedFillOrigin(url: string, extraOrigins: readonly string[]): boolean {
  const origin = strictHttpsUrl(url)?.origin;
  if (!origin) return false;
  if (origin === TONICDM_ORIGIN) return true;
  return extraOrigins.some((extra) => {
    // An extra must itself be a bare origin: "https://host/path" is a mistake, not a prefix.
    const parsed = strictHttpsUrl(extra);
    const bare = parsed !== null && parsed.pathname === '/' && !parsed.search && !parsed.hash;
    return bare && parsed.origin === origin;
  });
}

export type FillFrameWindow = Pick<Window, 'location' | 'origin' | 'parent' | 'top' | 'frameElement'>;

function originOf(win: Pick<Window, 'location'>): string | null {
  try {
    return win.location.origin;
  } catch {
    // Reading a cross-origin frame's location throws: that ancestor is foreign.
    return null;
  }
}

/**
 * A sandboxed frame runs with an opaque origin (`self.origin === 'null'`), or, when the
 * parent is same-origin, can be read off its frame element: a sandbox lacking either
 * allow-scripts or allow-same-origin means the page did not grant itself full standing.
 */
function isSandboxed(win: FillFrameWindow): boolean {
  if (win.origin === 'null') return true;
  let frame: Element | null = null;
  try {
    frame = win.frameElement;
  } catch {
    frame = null;
  }
  const sandbox = frame?.getAttribute('sandbox');
  if (sandbox === null || sandbox === undefined) return false;
  const tokens = sandbox.toLowerCase().split(/\s+/);
  return !(tokens.includes('allow-scripts') && tokens.includes('allow-same-origin'));
}

/**
 * Whether the fill may run in this window: an allowed https origin, not sandboxed, and either
 * the top frame or a frame whose every ancestor has the same origin, so no foreign page
 * frames TonicDM to catch the values.
 */
export function isTrustedFillFrame(win: FillFrameWindow, extraOrigins: readonly string[]): boolean {
  if (originOf(win) === null || win.location.protocol !== 'https:') return false;
  if (!isAllowedFillOrigin(win.location.href, extraOrigins)) return false;
  if (isSandboxed(win)) return false;
  const own = win.location.origin;
  const ancestorOrigins = (win.location as Partial<Location>).ancestorOrigins;
  if (ancestorOrigins && Array.from(ancestorOrigins).some((origin) => origin !== own)) return false;
  let current: FillFrameWindow = win;
  for (let depth = 0; depth < 32; depth++) {
    let parent: FillFrameWindow | null;
    try {
      parent = current.parent;
    } catch {
      return false;
    }
    if (!parent || parent === current) return win.top === current;
    if (originOf(parent) !== own) return false;
    current = parent;
  }
  return false;
}
