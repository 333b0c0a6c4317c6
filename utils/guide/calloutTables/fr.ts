/** French: the French portal's own labels (phraseTables/fr.ts), quoted with French guillemets. */
import { APP_NAME, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../../steps';
import { fr as phrases } from '../phraseTables/fr';
import { portalLabels, type CalloutTable } from './types';

const L = portalLabels(phrases);
const q = (text: string) => `«\u00a0${text}\u00a0»`;

const openApp = `Ouvrez ${q(APP_NAME)}.\nL'étape suivante se trouve sur les pages de l'application.`;
const search = `Recherchez ${q(APP_NAME)}, ou collez son ID client.\nLes longues listes n'affichent d'abord que quelques applications.`;
const filter = `Supprimez le filtre ${q(L('applicationTypeFilter'))}, puis recherchez à nouveau.\nAvec ce filtre, la recherche ne trouve aucune application.`;
const assignmentRequired = q(`${L('assignmentRequired')}\u00a0?`);
const consentRoles = "Seul un administrateur général ou de rôle privilégié peut consentir aux autorisations d'application Graph.";
const removePermission = "(… → Supprimer l'autorisation)";

export const fr: CalloutTable = {
  subSteps: {
    'register.new-registration': `Cliquez sur ${q(L('newRegistration'))}.\nTonicDM a besoin de sa propre inscription d'application dans votre locataire.`,
    'register.name': `Nommez l'application ${q(APP_NAME)}.\nLe même nom permet de la retrouver sous ${q(L('enterpriseApplications'))}.`,
    'register.single-tenant': `Choisissez ${q(L('singleTenant'))}.\nTonicDM ne fonctionne que dans votre locataire. (Anciens portails\u00a0: ${q(L('singleTenant', 2))}.)`,
    'register.submit': `Cliquez sur ${q(L('register'))}. Laissez ${q(L('redirectUri'))} vide.\nTonicDM se connecte en tant que l'application elle-même, sans redirection.`,
    'copy-ids.app': openApp,
    'copy-ids.open': `Ouvrez ${q(L('overview'))}.\nL'assistant y lit l'ID client et l'ID de locataire.`,
    'copy-ids.values': `Voici ${q(L('applicationClientId'))} et ${q(L('directoryTenantId'))}.\nL'assistant capture les deux\u00a0; ${q(L('objectId'))} n'est pas nécessaire.`,
    'api-permissions.app': openApp,
    'api-permissions.open': `Ouvrez ${q(L('apiPermissions'))}.\nTonicDM a besoin de trois autorisations d'application Microsoft Graph.`,
    'api-permissions.add': `Cliquez sur ${q(L('addPermission'))}.\nRien n'est enregistré avant que vous cliquiez sur ${q(L('addPermissions'))} à la fin.`,
    'api-permissions.graph': `Choisissez ${q(L('microsoftGraph'))}.\nLes messages et les données des utilisateurs sont accessibles via Graph.`,
    'api-permissions.application': `Choisissez ${q(L('applicationPermissions'))}, et non ${q(L('delegatedPermissions'))}.\nTonicDM s'exécute comme un service, sans utilisateur connecté.`,
    'api-permissions.filter': "Tapez le nom de l'autorisation pour la trouver.\nLa liste est longue\u00a0; le filtre affiche le bon groupe.",
    'api-permissions.role.MailboxSettings.ReadWrite':
      'Cochez MailboxSettings.ReadWrite.\nTonicDM lit et définit les paramètres de boîte aux lettres, comme le fuseau horaire et les réponses automatiques.',
    'api-permissions.role.Mail.ReadWrite': "Cochez Mail.ReadWrite.\nTonicDM classe et met à jour les messages qu'il gère.",
    'api-permissions.role.User.Read.All': 'Cochez User.Read.All.\nTonicDM recherche les utilisateurs dont il sert les boîtes aux lettres.',
    'api-permissions.submit': `Cliquez sur ${q(L('addPermissions'))}.\nCela enregistre ${REQUIRED_GRAPH_ROLES.join(', ')} sur l'application.`,
    'admin-consent.app': openApp,
    'admin-consent.open': `Ouvrez ${q(L('apiPermissions'))}.\nLes autorisations doivent encore recevoir le consentement de l'administrateur.`,
    'admin-consent.grant': `Cliquez sur ${q(L('grantAdminConsent'))}.\nLes autorisations d'application ne fonctionnent qu'après le consentement d'un administrateur.`,
    'admin-consent.keep-other': `Choisissez ${q(`${L('keepOtherPermissions')} …`)}.\nVotre locataire a déjà accordé davantage à cette application\u00a0; ${q(L('no'))} révoquerait ce qui est peut-être utilisé.`,
    'admin-consent.continue': `Cliquez sur ${q(L('saveAndContinue'))}.\nLa confirmation du consentement suit.`,
    'admin-consent.confirm': `Cliquez sur ${q(L('yes'))} pour confirmer.\nChaque autorisation affiche ensuite ${q(L('grantedFor'))} avec le nom de votre organisation.`,
    'client-secret.app': openApp,
    'client-secret.open': `Ouvrez ${q(L('certificatesAndSecrets'))}.\nTonicDM se connecte avec un secret client.`,
    'client-secret.tab': `Ouvrez l'onglet ${q(L('clientSecrets'))}.`,
    'client-secret.new': `Cliquez sur ${q(L('newClientSecret'))}.\nSa ${q(L('value'))} n'est affichée qu'une fois, juste après l'ajout.`,
    'client-secret.description': `Saisissez ${q(SECRET_DESCRIPTION)} comme ${q(L('description'))}.\nLa description permet de reconnaître ce secret plus tard.`,
    'client-secret.expires': `Réglez ${q(L('expires'))} sur ${q(L('expires24Months'))}.\nLa durée la plus longue signifie le moins de renouvellements dans TonicDM.`,
    'client-secret.add': `Cliquez sur ${q(L('add'))}.\nRestez ensuite sur cette page\u00a0: la Valeur n'est affichée qu'une fois.`,
    'client-secret.value': `Voici la ${q(L('value'))} du secret (pas son ${q(L('secretId'))}).\nL'assistant la capture maintenant\u00a0; elle est masquée dès que vous quittez la page.`,
    'assignment-required.search': search,
    'assignment-required.filter': filter,
    'assignment-required.app': `Ouvrez ${q(APP_NAME)}.\nSon application d'entreprise décide qui peut s'y connecter.`,
    'assignment-required.properties': `Ouvrez ${q(L('properties'))}.\n${assignmentRequired} se règle là.`,
    'assignment-required.yes': `Réglez ${assignmentRequired} sur ${q(L('yes'))}.\nSeuls les utilisateurs et groupes affectés pourront alors se connecter à l'application.`,
    'assignment-required.save': `Cliquez sur ${q(L('save'))}.\nLa modification n'est appliquée qu'une fois enregistrée.`,
    'assign-users.search': search,
    'assign-users.filter': filter,
    'assign-users.app': `Ouvrez ${q(APP_NAME)} pour affecter ses utilisateurs.`,
    'assign-users.open': `Ouvrez ${q(L('usersAndGroups'))}.\nAffectez les personnes qui utilisent TonicDM.`,
    'assign-users.add': `Cliquez sur ${q(L('addUserGroup'))}.\nCela limite qui peut se connecter à l'application, pas les boîtes aux lettres qu'elle atteint.`,
    'assign-users.pick': `Choisissez les utilisateurs ou groupes qui utilisent TonicDM, puis ${q(L('select'))}.`,
    'assign-users.assign': `Cliquez sur ${q(L('assign'))}.`,
    'renew-new-secret.tab': `Ouvrez l'onglet ${q(L('clientSecrets'))}.\nLe renouvellement y ajoute un nouveau secret, puis supprime l'ancien.`,
    'renew-new-secret.new': `Cliquez sur ${q(L('newClientSecret'))}.\nL'ancien secret fonctionne jusqu'à ce que TonicDM ait le nouveau.`,
    'renew-new-secret.description': "Nommez-le avec le mois et l'année en cours.\nL'ancien et le nouveau secret se distinguent alors d'un coup d'œil.",
    'renew-new-secret.expires': `Réglez ${q(L('expires'))} sur ${q(L('expires24Months'))}.\nLa durée la plus longue signifie le moins de renouvellements.`,
    'renew-new-secret.add': `Cliquez sur ${q(L('add'))}.\nRestez ensuite sur cette page\u00a0: la nouvelle Valeur n'est affichée qu'une fois.`,
    'renew-new-secret.value': `Voici la nouvelle ${q(L('value'))} du secret (pas son ${q(L('secretId'))}).\nL'assistant la capture maintenant\u00a0; ensuite vient «\u00a0Update Now\u00a0» dans TonicDM.`,
    'renew-remove-old.delete': "Supprimez l'ANCIEN secret\u00a0: {old}.\nTonicDM utilise le nouveau depuis que vous avez appuyé sur Go.",
    'renew-remove-old.confirm': `Cliquez sur ${q(L('yes'))} pour supprimer l'ancien secret {old}.`,
    'renew-remove-old.keep-new': `Cliquez sur ${q(L('no'))}\u00a0: c'est le NOUVEAU secret que TonicDM utilise maintenant.\nSupprimez plutôt l'ancien, {old}.`,
    'renew-remove-old.keep-old': `Cliquez sur ${q(L('no'))} pour l'instant\u00a0: TonicDM utilise encore ce secret.\nAppuyez d'abord sur Go dans TonicDM avec le nouveau (voir le panneau latéral).`,
  },
  variants: {
    expandGroup: 'Développez ce groupe, puis cochez {role}.',
    filterFor: 'Tapez {role} pour la trouver.\nCochez-la ensuite dans la liste.',
    capturedValue: "L'assistant a capturé cette Valeur et son expiration.\nElle est masquée dès que vous quittez cette page\u00a0; plus rien à faire ici.",
    renewalCaptured:
      "L'assistant a capturé la nouvelle Valeur.\nEnsuite\u00a0: «\u00a0Update Now\u00a0» dans TonicDM (panneau latéral). Gardez l'ancien secret jusqu'à ce que vous y appuyiez sur Go.",
  },
  wrongTurns: {
    'delegated-instead-of-application': {
      message: `Une autorisation TonicDM est de type ${q(L('typeDelegated'))}. TonicDM s'exécute sans utilisateur connecté\u00a0: son jeton ne porte que des autorisations d'application.`,
      fix: `Supprimez l'entrée déléguée ${removePermission}, puis ${q(L('addPermission'))} → Microsoft Graph → ${q(L('applicationPermissions'))} et recochez-la.`,
    },
    'delegated-selected': {
      message: `${q(L('delegatedPermissions'))} est sélectionné. TonicDM a besoin d'autorisations d'application.`,
      fix: `Choisissez ${q(L('applicationPermissions'))} avant de cocher les autorisations.`,
    },
    'not-single-tenant': {
      message: "Un autre type de compte est sélectionné. L'application TonicDM ne doit accepter que les comptes de votre organisation.",
      fix: `Sous ${q(L('accountTypes'))}, choisissez ${q(L('singleTenant'))} (anciens portails\u00a0: ${q(L('singleTenant', 2))}).`,
    },
    'redirect-uri-entered': {
      message: `Un ${q(L('redirectUri'))} est saisi. TonicDM se connecte en tant que l'application elle-même et n'en a pas besoin.`,
      fix: `Videz la zone ${q(L('redirectUri'))} avant ${q(L('register'))}.`,
    },
    'consent-not-granted': {
      message: `Sans le consentement de l'administrateur, les autorisations ne fonctionnent pas encore. ${consentRoles}`,
      fix: `Cliquez sur ${q(L('grantAdminConsent'))} et confirmez par ${q(L('yes'))}, ou demandez-le à un tel administrateur.`,
    },
    'consent-button-disabled': {
      message: `Votre compte ne peut pas accorder le consentement de l'administrateur ici. ${consentRoles}`,
      fix: `Demandez à un tel administrateur de cliquer ici sur ${q(L('grantAdminConsent'))}, ou activez un tel rôle (PIM) et rechargez.`,
    },
    'secret-expiry-not-24-months': {
      message: `${q(L('expires'))} n'est pas ${q(L('expires24Months'))}. Un secret plus court arrête TonicDM plus tôt et doit être renouvelé dans TonicDM.`,
      fix: `Choisissez ${q(L('expires24Months'))}, sauf si la stratégie de votre organisation exige une durée plus courte.`,
    },
    'enterprise-filter-hides-app': {
      message: `Avec le filtre ${q(L('applicationTypeFilter'))}, la recherche ne trouve pas cette application. Il masque les applications créées avec PowerShell ou Graph.`,
      fix: 'Supprimez le filtre (son ×) et recherchez à nouveau par nom ou ID client.',
    },
    'default-user-read': {
      message: "L'autorisation déléguée par défaut «\u00a0User.Read\u00a0» est listée. Elle est sans danger\u00a0; TonicDM ne l'utilise pas.",
      fix: `Laissez-la, ou supprimez-la ${removePermission}.`,
    },
  },
  otherApp: `Ce n'est pas l'application que vous configurez (${q('{app}')}). Le guide n'indique rien ici.\nOuvrez ${q('{app}')} depuis ${q(L('appRegistrations'))}, ou passez à cette application dans le panneau latéral.`,
  secret: { description: q('{text}'), value: `${L('value')} {hint}…`, unknown: 'la ligne signalée ici' },
  overlay: { label: 'Guide de configuration TonicDM', brand: 'Configuration TonicDM', close: 'Fermer le guide (Échap)', type: 'Saisir «\u00a0{text}\u00a0»' },
};
