/**
 * Words built outside components but shown in the panel: the blade an offer came from, the Graph
 * sign-in set-up problems, and the mailbox-scoping notes, in the browser's language.
 */
import { describe, expect, it } from 'vitest';
import { bladeTitleWords } from '../../../components/bladeTitleWords';
import { graphAuthConfig } from '../../../utils/auth/graphAuthConfig';
import { rbacCatch, scopingTruth } from '../../../utils/exchange/scopingScripts';
import { BLADE_TITLES } from '../../../utils/setup/heldValues';
import { speak, type Language } from './speak';

const reason = (options: { graphClientId?: string; graphAuthority?: string }) => {
  const config = graphAuthConfig(options);
  return config.ok ? '' : config.reason;
};

describe('shared words in the browser language', () => {
  it.each<[Language, string, RegExp, RegExp]>([
    ['en', 'Certificates & secrets', /^No sign-in app is configured/, /^"Assignment required"/],
    ['de', 'Zertifikate & Geheimnisse', /^Es ist keine Anmelde-App eingerichtet/, /^„Zuweisung erforderlich“/],
    ['fr', 'Certificats & secrets', /^Aucune application de connexion/, /^« Affectation requise »/],
    ['es', 'Certificados y secretos', /^No hay ninguna aplicación de inicio de sesión/, /^«Asignación requerida»/],
    ['ja', '証明書とシークレット', /^サインイン用のアプリが構成されていません/, /^「割り当てが必要」/],
  ])('%s', (lang, credentials, noApp, truth) => {
    speak(lang);
    expect(bladeTitleWords(BLADE_TITLES['app-credentials'])).toBe(credentials);
    expect(reason({ graphClientId: '' })).toMatch(noApp);
    expect(reason({ graphClientId: 'tonicdm' })).toContain('tonicdm');
    expect(reason({ graphClientId: '3f9c2a7e-1b4d-4e6f-8a0c-5d7e9f1b3c2a', graphAuthority: 'login' })).toContain('https://login.microsoftonline.com/organizations');
    expect(scopingTruth()).toMatch(truth);
    expect(rbacCatch()).toContain('Mail.ReadWrite');
  });

  it('a blade name the panel does not know is shown as stored', () => {
    speak('de');
    expect(bladeTitleWords('Some new blade')).toBe('Some new blade');
  });
});
