/**
 * Store screenshots (1280×800, the Chrome Web Store's size): a page and the side panel beside it,
 * the way the admin sees them. Playwright cannot open the real side panel, so the panel page is shot
 * in its own tab at the side panel's width and composed next to the page with a plain header like
 * the browser's own side panel bar.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';

export const STORE_SHOT = { width: 1280, height: 800 } as const;
/** Chrome's side panel opens at about this width. */
const PANEL_WIDTH = 400;
const HEADER_HEIGHT = 40;
export const PAGE_VIEWPORT = { width: STORE_SHOT.width - PANEL_WIDTH, height: STORE_SHOT.height } as const;
export const PANEL_VIEWPORT = { width: PANEL_WIDTH, height: STORE_SHOT.height - HEADER_HEIGHT } as const;

export interface SideBySide {
  page: Buffer;
  panel: Buffer;
}

/**
 * Both halves as they are now, at store size; compose them later with `writeStoreShot`. The pages
 * get their own sizes back afterwards (`frame.page` can scroll the page once it has the store size), so the walk goes on exactly as it would without the shots
 * (at the narrower width the guide's callout can sit over the next control).
 */
export async function shootSideBySide(page: Page, panel: Page, frame?: { page?: () => Promise<void> }): Promise<SideBySide> {
  const sizes = [page.viewportSize(), panel.viewportSize()] as const;
  await page.setViewportSize(PAGE_VIEWPORT);
  await panel.setViewportSize(PANEL_VIEWPORT);
  await frame?.page?.();
  // Let the highlight ring and callout settle after the layout change.
  await page.waitForTimeout(300);
  const shot = { page: await page.screenshot(), panel: await panel.screenshot() };
  if (sizes[0]) await page.setViewportSize(sizes[0]);
  if (sizes[1]) await panel.setViewportSize(sizes[1]);
  return shot;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

export async function writeStoreShot(context: BrowserContext, shot: SideBySide, path: string): Promise<void> {
  const icon = readFileSync('public/icon/32.png');
  const composer = await context.newPage();
  try {
    await composer.setViewportSize(STORE_SHOT);
    await composer.setContent(`<!doctype html>
      <style>
        body { margin: 0; display: flex; width: ${STORE_SHOT.width}px; height: ${STORE_SHOT.height}px; overflow: hidden; background: #fff; }
        img { display: block; }
        aside { width: ${PANEL_WIDTH}px; border-left: 1px solid #c8c8c8; box-sizing: border-box; display: flex; flex-direction: column; }
        header { height: ${HEADER_HEIGHT}px; box-sizing: border-box; display: flex; align-items: center; gap: 8px; padding: 0 12px;
                 background: #f3f3f3; border-bottom: 1px solid #e0e0e0; font: 13px 'Segoe UI', 'Liberation Sans', Arial, sans-serif; color: #1b1b1f; }
        header img { width: 16px; height: 16px; }
        aside > img { width: ${PANEL_WIDTH - 1}px; height: ${PANEL_VIEWPORT.height}px; object-fit: cover; object-position: left top; }
      </style>
      <img src="${dataUrl(shot.page)}" width="${PAGE_VIEWPORT.width}" height="${PAGE_VIEWPORT.height}" alt="">
      <aside><header><img src="${dataUrl(icon)}" alt="">TonicDM Entra Setup Assistant</header><img src="${dataUrl(shot.panel)}" alt=""></aside>`);
    await composer.screenshot({ path });
  } finally {
    await composer.close();
  }
}
