/** The attribute on the one element the admin should act on next (a contract tests rely on). */
export const GUIDE_ATTRIBUTE = 'data-tdm-guide';
