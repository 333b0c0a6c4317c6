/** The file of each guide family's script (entrypoints/guide-*.ts), for the background to inject. */
import type { GuideFamily } from './guideFamilies';

export const GUIDE_SCRIPTS = {
  app: '/guide-app.js',
  permissions: '/guide-permissions.js',
  credentials: '/guide-credentials.js',
  enterprise: '/guide-enterprise.js',
} as const satisfies Record<GuideFamily, string>;
