/** German: the German portal's own labels (phraseTables/de.ts), in the formal address Microsoft uses. */
import { APP_NAME, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../../steps';
import { de as phrases } from '../phraseTables/de';
import { portalLabels, type CalloutTable } from './types';

const L = portalLabels(phrases);
const q = (text: string) => `"${text}"`;

const openApp = `Öffnen Sie ${q(APP_NAME)}.\nDer nächste Schritt liegt auf den Seiten der App.`;
const search = `Suchen Sie nach ${q(APP_NAME)}, oder fügen Sie die Client-ID ein.\nLange Listen zeigen zunächst nur einige Apps.`;
const filter = `Entfernen Sie den Filter ${q(L('applicationTypeFilter'))}, und suchen Sie erneut.\nMit diesem Filter findet die Suche keine App.`;
const assignmentRequired = q(`${L('assignmentRequired')}?`);
const consentRoles = 'Nur ein globaler Administrator oder ein Administrator für privilegierte Rollen kann Graph-Anwendungsberechtigungen zustimmen.';
const removePermission = '(… → Berechtigung entfernen)';

export const de: CalloutTable = {
  subSteps: {
    'register.new-registration': `Klicken Sie auf ${q(L('newRegistration'))}.\nTonicDM benötigt eine eigene App-Registrierung in Ihrem Mandanten.`,
    'register.name': `Nennen Sie die App ${q(APP_NAME)}.\nUnter demselben Namen finden Sie sie unter ${q(L('enterpriseApplications'))} wieder.`,
    'register.single-tenant': `Wählen Sie ${q(L('singleTenant'))}.\nTonicDM arbeitet nur in Ihrem Mandanten. (Ältere Portale: ${q(L('singleTenant', 3))}.)`,
    'register.submit': `Klicken Sie auf ${q(L('register'))}. Lassen Sie ${q(L('redirectUri'))} leer.\nTonicDM meldet sich als die App selbst an, ohne Umleitung.`,
    'copy-ids.app': openApp,
    'copy-ids.open': `Öffnen Sie ${q(L('overview'))}.\nDer Assistent liest dort die Client-ID und die Mandanten-ID.`,
    'copy-ids.values': `Dies sind ${q(L('applicationClientId'))} und ${q(L('directoryTenantId'))}.\nDer Assistent übernimmt beide; die ${q(L('objectId'))} wird nicht benötigt.`,
    'api-permissions.app': openApp,
    'api-permissions.open': `Öffnen Sie ${q(L('apiPermissions'))}.\nTonicDM benötigt drei Microsoft Graph-Anwendungsberechtigungen.`,
    'api-permissions.add': `Klicken Sie auf ${q(L('addPermission'))}.\nGespeichert wird erst, wenn Sie am Ende ${q(L('addPermissions'))} drücken.`,
    'api-permissions.graph': `Wählen Sie ${q(L('microsoftGraph'))}.\nE-Mails und Benutzerdaten werden über Graph erreicht.`,
    'api-permissions.application': `Wählen Sie ${q(L('applicationPermissions'))}, nicht ${q(L('delegatedPermissions'))}.\nTonicDM läuft als Dienst ohne angemeldeten Benutzer.`,
    'api-permissions.filter': 'Geben Sie den Namen der Berechtigung ein, um sie zu finden.\nDie Liste ist lang; der Filter zeigt die richtige Gruppe.',
    'api-permissions.role.MailboxSettings.ReadWrite':
      'Aktivieren Sie MailboxSettings.ReadWrite.\nTonicDM liest und setzt Postfacheinstellungen wie Zeitzone und automatische Antworten.',
    'api-permissions.role.Mail.ReadWrite': 'Aktivieren Sie Mail.ReadWrite.\nTonicDM legt die Nachrichten ab, die es verwaltet, und aktualisiert sie.',
    'api-permissions.role.User.Read.All': 'Aktivieren Sie User.Read.All.\nTonicDM sucht die Benutzer, deren Postfächer es bedient.',
    'api-permissions.submit': `Klicken Sie auf ${q(L('addPermissions'))}.\nDamit werden ${REQUIRED_GRAPH_ROLES.join(', ')} für die App gespeichert.`,
    'admin-consent.app': openApp,
    'admin-consent.open': `Öffnen Sie ${q(L('apiPermissions'))}.\nDie Berechtigungen brauchen noch die Administratorzustimmung.`,
    'admin-consent.grant': `Klicken Sie auf ${q(L('grantAdminConsent'))}.\nAnwendungsberechtigungen wirken erst, wenn ein Administrator zustimmt.`,
    'admin-consent.keep-other': `Wählen Sie ${q(`${L('keepOtherPermissions')} …`)}.\nIhr Mandant hat dieser App bereits mehr erteilt; ${q(L('no'))} würde entziehen, was vielleicht genutzt wird.`,
    'admin-consent.continue': `Klicken Sie auf ${q(L('saveAndContinue'))}.\nAls Nächstes folgt die Bestätigung der Zustimmung.`,
    'admin-consent.confirm': `Klicken Sie zur Bestätigung auf ${q(L('yes'))}.\nDanach zeigt jede Berechtigung ${q(L('grantedFor'))} mit dem Namen Ihrer Organisation.`,
    'client-secret.app': openApp,
    'client-secret.open': `Öffnen Sie ${q(L('certificatesAndSecrets'))}.\nTonicDM meldet sich mit einem geheimen Clientschlüssel an.`,
    'client-secret.tab': `Öffnen Sie die Registerkarte ${q(L('clientSecrets'))}.`,
    'client-secret.new': `Klicken Sie auf ${q(L('newClientSecret'))}.\nDer ${q(L('value'))} wird nur einmal angezeigt, direkt nach dem Hinzufügen.`,
    'client-secret.description': `Geben Sie als ${q(L('description'))} ${q(SECRET_DESCRIPTION)} ein.\nDaran erkennen Sie diesen geheimen Schlüssel später wieder.`,
    'client-secret.expires': `Setzen Sie ${q(L('expires'))} auf ${q(L('expires24Months'))}.\nDie längste Laufzeit bedeutet die wenigsten Erneuerungen in TonicDM.`,
    'client-secret.add': `Klicken Sie auf ${q(L('add'))}.\nBleiben Sie danach auf dieser Seite: Der Wert wird nur einmal angezeigt.`,
    'client-secret.value': `Dies ist der ${q(L('value'))} des geheimen Schlüssels (nicht die ${q(L('secretId'))}).\nDer Assistent übernimmt ihn jetzt; sobald Sie die Seite verlassen, ist er maskiert.`,
    'assignment-required.search': search,
    'assignment-required.filter': filter,
    'assignment-required.app': `Öffnen Sie ${q(APP_NAME)}.\nÜber ihre Unternehmens-App wird festgelegt, wer sich anmelden darf.`,
    'assignment-required.properties': `Öffnen Sie ${q(L('properties'))}.\nDort wird ${assignmentRequired} festgelegt.`,
    'assignment-required.yes': `Setzen Sie ${assignmentRequired} auf ${q(L('yes'))}.\nDann können sich nur zugewiesene Benutzer und Gruppen bei der App anmelden.`,
    'assignment-required.save': `Klicken Sie auf ${q(L('save'))}.\nDie Änderung gilt erst, wenn sie gespeichert ist.`,
    'assign-users.search': search,
    'assign-users.filter': filter,
    'assign-users.app': `Öffnen Sie ${q(APP_NAME)}, um Benutzer zuzuweisen.`,
    'assign-users.open': `Öffnen Sie ${q(L('usersAndGroups'))}.\nWeisen Sie die Personen zu, die TonicDM verwenden.`,
    'assign-users.add': `Klicken Sie auf ${q(L('addUserGroup'))}.\nDas begrenzt, wer sich bei der App anmelden kann, nicht welche Postfächer sie erreicht.`,
    'assign-users.pick': `Wählen Sie die Benutzer oder Gruppen, die TonicDM verwenden, dann ${q(L('select'))}.`,
    'assign-users.assign': `Klicken Sie auf ${q(L('assign'))}.`,
    'renew-new-secret.tab': `Öffnen Sie die Registerkarte ${q(L('clientSecrets'))}.\nDie Erneuerung fügt dort einen neuen geheimen Schlüssel hinzu und entfernt dann den alten.`,
    'renew-new-secret.new': `Klicken Sie auf ${q(L('newClientSecret'))}.\nDer alte geheime Schlüssel funktioniert weiter, bis TonicDM den neuen hat.`,
    'renew-new-secret.description': 'Benennen Sie ihn mit dem aktuellen Monat und Jahr.\nSo unterscheiden Sie alten und neuen Schlüssel auf einen Blick.',
    'renew-new-secret.expires': `Setzen Sie ${q(L('expires'))} auf ${q(L('expires24Months'))}.\nDie längste Laufzeit bedeutet die wenigsten Erneuerungen.`,
    'renew-new-secret.add': `Klicken Sie auf ${q(L('add'))}.\nBleiben Sie danach auf dieser Seite: Der neue Wert wird nur einmal angezeigt.`,
    'renew-new-secret.value': `Dies ist der neue ${q(L('value'))} (nicht die ${q(L('secretId'))}).\nDer Assistent übernimmt ihn jetzt; danach folgt "Update Now" in TonicDM.`,
    'renew-remove-old.delete': 'Löschen Sie den ALTEN geheimen Schlüssel: {old}.\nTonicDM verwendet seit Ihrem Klick auf Go den neuen.',
    'renew-remove-old.confirm': `Klicken Sie auf ${q(L('yes'))}, um den alten geheimen Schlüssel {old} zu löschen.`,
    'renew-remove-old.keep-new': `Klicken Sie auf ${q(L('no'))}: Dies ist der NEUE Schlüssel, den TonicDM jetzt verwendet.\nLöschen Sie stattdessen den alten, {old}.`,
    'renew-remove-old.keep-old': `Klicken Sie vorerst auf ${q(L('no'))}: TonicDM verwendet diesen Schlüssel noch.\nDrücken Sie zuerst Go in TonicDM mit dem neuen (siehe Seitenleiste).`,
  },
  variants: {
    expandGroup: 'Erweitern Sie diese Gruppe, und aktivieren Sie dann {role}.',
    filterFor: 'Geben Sie {role} ein, um die Berechtigung zu finden.\nAktivieren Sie sie dann in der Liste.',
    capturedValue: 'Der Assistent hat diesen Wert und sein Ablaufdatum übernommen.\nSobald Sie die Seite verlassen, ist er maskiert; hier ist nichts mehr zu tun.',
    renewalCaptured:
      'Der Assistent hat den neuen Wert übernommen.\nAls Nächstes: "Update Now" in TonicDM (Seitenleiste). Behalten Sie den alten Schlüssel, bis Sie dort Go drücken.',
  },
  wrongTurns: {
    'delegated-instead-of-application': {
      message: `Eine TonicDM-Berechtigung ist als ${q(L('typeDelegated'))} eingetragen. TonicDM läuft ohne angemeldeten Benutzer; sein Token enthält nur Anwendungsberechtigungen.`,
      fix: `Entfernen Sie den delegierten Eintrag ${removePermission}, und aktivieren Sie die Berechtigung über ${q(L('addPermission'))} → Microsoft Graph → ${q(L('applicationPermissions'))} erneut.`,
    },
    'delegated-selected': {
      message: `${q(L('delegatedPermissions'))} ist ausgewählt. TonicDM benötigt Anwendungsberechtigungen.`,
      fix: `Wählen Sie ${q(L('applicationPermissions'))}, bevor Sie die Berechtigungen aktivieren.`,
    },
    'not-single-tenant': {
      message: 'Ein anderer Kontotyp ist ausgewählt. Die TonicDM-App sollte nur Konten Ihrer Organisation annehmen.',
      fix: `Wählen Sie unter ${q(L('accountTypes'))} ${q(L('singleTenant'))} (ältere Portale: ${q(L('singleTenant', 3))}).`,
    },
    'redirect-uri-entered': {
      message: `Eine ${q(L('redirectUri'))} ist eingetragen. TonicDM meldet sich als die App selbst an und braucht keine.`,
      fix: `Leeren Sie das Feld ${q(L('redirectUri'))} vor ${q(L('register'))}.`,
    },
    'consent-not-granted': {
      message: `Die Administratorzustimmung fehlt; die Berechtigungen wirken noch nicht. ${consentRoles}`,
      fix: `Klicken Sie auf ${q(L('grantAdminConsent'))}, und bestätigen Sie mit ${q(L('yes'))}, oder bitten Sie einen solchen Administrator darum.`,
    },
    'consent-button-disabled': {
      message: `Ihr Konto kann hier keine Administratorzustimmung erteilen. ${consentRoles}`,
      fix: `Bitten Sie einen solchen Administrator, hier ${q(L('grantAdminConsent'))} zu klicken, oder aktivieren Sie eine solche Rolle (PIM), und laden Sie neu.`,
    },
    'secret-expiry-not-24-months': {
      message: `${q(L('expires'))} ist nicht ${q(L('expires24Months'))}. Ein kürzer gültiger Schlüssel stoppt TonicDM früher und muss in TonicDM erneuert werden.`,
      fix: `Wählen Sie ${q(L('expires24Months'))}, sofern die Richtlinie Ihrer Organisation keine kürzere Laufzeit verlangt.`,
    },
    'enterprise-filter-hides-app': {
      message: `Unter dem Filter ${q(L('applicationTypeFilter'))} findet die Suche keine solche App. Mit PowerShell oder Graph erstellte Apps blendet er aus.`,
      fix: 'Entfernen Sie den Filter (sein ×), und suchen Sie erneut nach Name oder Client-ID.',
    },
    'default-user-read': {
      message: 'Die standardmäßige delegierte Berechtigung "User.Read" ist aufgeführt. Sie ist harmlos; TonicDM verwendet sie nicht.',
      fix: `Lassen Sie sie, oder entfernen Sie sie ${removePermission}.`,
    },
  },
  otherApp: `Dies ist nicht die App, die Sie einrichten ("{app}"). Der Assistent zeigt hier auf nichts.\nÖffnen Sie "{app}" unter ${q(L('appRegistrations'))}, oder wechseln Sie in der Seitenleiste zu dieser App.`,
  secret: { description: '"{text}"', value: `${L('value')} {hint}…`, unknown: 'die hier markierte Zeile' },
  overlay: { label: 'TonicDM-Einrichtungsassistent', brand: 'TonicDM-Einrichtung', close: 'Anleitung schließen (Esc)', type: '"{text}" eingeben' },
};
