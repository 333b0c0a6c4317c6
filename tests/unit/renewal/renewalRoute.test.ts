import { describe, expect, it } from 'vitest';
import { readPanelRoute, renewalPanelPath } from '../../../utils/renewal/renewalRoute';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';

describe('renewal route', () => {
  it.each([
    [APP, `/sidepanel.html?flow=renewal&app=${APP}`],
    [APP.toUpperCase(), `/sidepanel.html?flow=renewal&app=${APP}`],
    [undefined, '/sidepanel.html?flow=renewal'],
    ['../options.html', '/sidepanel.html?flow=renewal'],
  ])('renewalPanelPath(%s)', (appId, path) => {
    expect(renewalPanelPath(appId)).toBe(path);
  });

  it.each([
    [`?flow=renewal&app=${APP}`, { flow: 'renewal', appId: APP }],
    ['?flow=renewal', { flow: 'renewal' }],
    ['?flow=renewal&app=javascript:alert(1)', { flow: 'renewal' }],
    [`?flow=other&app=${APP}`, {}],
    ['', {}],
  ])('readPanelRoute(%s)', (search, route) => {
    expect(readPanelRoute(search)).toEqual(route);
  });

  it('reads back what it writes', () => {
    expect(readPanelRoute(renewalPanelPath(APP).split('?')[1]!)).toEqual({ flow: 'renewal', appId: APP });
  });
});
