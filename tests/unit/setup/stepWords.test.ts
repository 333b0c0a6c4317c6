/**
 * Every step of both flows has its title, action and done-when in each language, and the names
 * the admin types or finds in the portal are quoted verbatim in all of them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { speak, type Language } from '../i18n/speak';

const LANGUAGES: Language[] = ['en', 'de', 'fr', 'es', 'ja'];

async function stepsIn(lang: Language) {
  speak(lang);
  vi.resetModules();
  const { FLOWS } = await import('../../../utils/steps');
  return [...FLOWS.setup, ...FLOWS.renewal].map((s) => ({ id: s.id, title: s.title, action: s.action, doneWhen: s.doneWhen }));
}

afterEach(() => {
  vi.resetModules();
});

describe('step words', () => {
  it.each(LANGUAGES)('%s: every step has all three texts', async (lang) => {
    const empty = (await stepsIn(lang)).filter((s) => !s.title || !s.action || !s.doneWhen).map((s) => s.id);
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s: no step title is left in English', async (lang) => {
    const english = new Map((await stepsIn('en')).map((s) => [s.id, s.title]));
    expect((await stepsIn(lang)).filter((s) => s.title === english.get(s.id)).map((s) => s.id)).toEqual([]);
  });

  it.each(LANGUAGES)('%s: the app name, secret description and permission names are quoted verbatim', async (lang) => {
    const actions = new Map((await stepsIn(lang)).map((s) => [s.id, s.action]));
    expect(actions.get('register')).toContain('TonicDM Office 365 Token');
    expect(actions.get('client-secret')).toContain('TonicDM Office365 Secret');
    expect(actions.get('renew-new-secret')).toContain('TonicDM Office365 Secret');
    expect(actions.get('api-permissions')).toContain('MailboxSettings.ReadWrite, Mail.ReadWrite, User.Read.All');
  });

  it('the words follow the language the browser speaks when they are read', async () => {
    speak('en');
    vi.resetModules();
    const { stepById } = await import('../../../utils/steps');
    const step = stepById('register');
    expect(step.title).toBe('Register the app');
    speak('ja');
    expect(step.title).toBe('アプリを登録する');
  });
});
