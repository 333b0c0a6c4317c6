/** Spanish: the Spanish portal's own labels (phraseTables/es.ts), in the formal address Microsoft uses. */
import { APP_NAME, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../../steps';
import { es as phrases } from '../phraseTables/es';
import { portalLabels, type CalloutTable } from './types';

const L = portalLabels(phrases);
const q = (text: string) => `"${text}"`;

const openApp = `Abra ${q(APP_NAME)}.\nEl siguiente paso está en las páginas de la aplicación.`;
const search = `Busque ${q(APP_NAME)} o pegue su id. de cliente.\nLas listas largas muestran al principio solo algunas aplicaciones.`;
const filter = `Quite el filtro ${q(L('applicationTypeFilter'))} y vuelva a buscar.\nCon ese filtro, la búsqueda no encuentra ninguna aplicación.`;
const assignmentRequired = q(L('assignmentRequired'));
const consentRoles = 'Solo un administrador global o un administrador de roles con privilegios puede consentir permisos de aplicación de Graph.';
const removePermission = '(… → Quitar permiso)';

export const es: CalloutTable = {
  subSteps: {
    'register.new-registration': `Haga clic en ${q(L('newRegistration'))}.\nTonicDM necesita su propio registro de aplicación en su inquilino.`,
    'register.name': `Asigne a la aplicación el nombre ${q(APP_NAME)}.\nCon el mismo nombre la encontrará después en ${q(L('enterpriseApplications'))}.`,
    'register.single-tenant': `Elija ${q(L('singleTenant'))}.\nTonicDM solo funciona en su inquilino. (Portales anteriores: ${q(L('singleTenant', 3))}.)`,
    'register.submit': `Haga clic en ${q(L('register'))}. Deje vacío ${q(L('redirectUri'))}.\nTonicDM inicia sesión como la propia aplicación, sin redirección.`,
    'copy-ids.app': openApp,
    'copy-ids.open': `Abra ${q(L('overview'))}.\nEl asistente lee allí el id. de cliente y el id. de inquilino.`,
    'copy-ids.values': `Estos son ${q(L('applicationClientId'))} e ${q(L('directoryTenantId'))}.\nEl asistente captura ambos; ${q(L('objectId'))} no es necesario.`,
    'api-permissions.app': openApp,
    'api-permissions.open': `Abra ${q(L('apiPermissions'))}.\nTonicDM necesita tres permisos de aplicación de Microsoft Graph.`,
    'api-permissions.add': `Haga clic en ${q(L('addPermission'))}.\nNo se guarda nada hasta que pulse ${q(L('addPermissions'))} al final.`,
    'api-permissions.graph': `Elija ${q(L('microsoftGraph'))}.\nEl correo y los datos de usuario se obtienen a través de Graph.`,
    'api-permissions.application': `Elija ${q(L('applicationPermissions'))}, no ${q(L('delegatedPermissions'))}.\nTonicDM se ejecuta como servicio, sin un usuario que haya iniciado sesión.`,
    'api-permissions.filter': 'Escriba el nombre del permiso para encontrarlo.\nLa lista es larga; el filtro muestra el grupo correcto.',
    'api-permissions.role.MailboxSettings.ReadWrite':
      'Marque MailboxSettings.ReadWrite.\nTonicDM lee y establece la configuración del buzón, como la zona horaria y las respuestas automáticas.',
    'api-permissions.role.Mail.ReadWrite': 'Marque Mail.ReadWrite.\nTonicDM archiva y actualiza los mensajes que administra.',
    'api-permissions.role.User.Read.All': 'Marque User.Read.All.\nTonicDM busca a los usuarios cuyos buzones atiende.',
    'api-permissions.submit': `Haga clic en ${q(L('addPermissions'))}.\nAsí se guardan ${REQUIRED_GRAPH_ROLES.join(', ')} en la aplicación.`,
    'admin-consent.app': openApp,
    'admin-consent.open': `Abra ${q(L('apiPermissions'))}.\nLos permisos todavía necesitan el consentimiento del administrador.`,
    'admin-consent.grant': `Haga clic en ${q(L('grantAdminConsent'))}.\nLos permisos de aplicación solo funcionan después de que un administrador dé su consentimiento.`,
    'admin-consent.keep-other': `Elija ${q(`${L('keepOtherPermissions')} …`)}.\nSu inquilino ya concedió más a esta aplicación; ${q(L('no'))} revocaría lo que puede estar en uso.`,
    'admin-consent.continue': `Haga clic en ${q(L('saveAndContinue'))}.\nA continuación viene la confirmación del consentimiento.`,
    'admin-consent.confirm': `Haga clic en ${q(L('yes'))} para confirmar.\nDespués, cada permiso muestra ${q(L('grantedFor'))} con el nombre de su organización.`,
    'client-secret.app': openApp,
    'client-secret.open': `Abra ${q(L('certificatesAndSecrets'))}.\nTonicDM inicia sesión con un secreto de cliente.`,
    'client-secret.tab': `Abra la pestaña ${q(L('clientSecrets'))}.`,
    'client-secret.new': `Haga clic en ${q(L('newClientSecret'))}.\nSu ${q(L('value'))} se muestra solo una vez, justo después de agregarlo.`,
    'client-secret.description': `Escriba ${q(SECRET_DESCRIPTION)} como ${q(L('description'))}.\nLa descripción distingue este secreto más adelante.`,
    'client-secret.expires': `Establezca ${q(L('expires'))} en ${q(L('expires24Months'))}.\nLa duración más larga supone el menor número de renovaciones en TonicDM.`,
    'client-secret.add': `Haga clic en ${q(L('add'))}.\nDespués, permanezca en esta página: el Valor se muestra solo una vez.`,
    'client-secret.value': `Este es el ${q(L('value'))} del secreto (no el ${q(L('secretId'))}).\nEl asistente lo captura ahora; se enmascara en cuanto salga de la página.`,
    'assignment-required.search': search,
    'assignment-required.filter': filter,
    'assignment-required.app': `Abra ${q(APP_NAME)}.\nSu aplicación empresarial decide quién puede iniciar sesión en ella.`,
    'assignment-required.properties': `Abra ${q(L('properties'))}.\nAllí se establece ${assignmentRequired}.`,
    'assignment-required.yes': `Establezca ${assignmentRequired} en ${q(L('yes'))}.\nEntonces solo los usuarios y grupos asignados podrán iniciar sesión en la aplicación.`,
    'assignment-required.save': `Haga clic en ${q(L('save'))}.\nEl cambio no se aplica hasta que se guarda.`,
    'assign-users.search': search,
    'assign-users.filter': filter,
    'assign-users.app': `Abra ${q(APP_NAME)} para asignar sus usuarios.`,
    'assign-users.open': `Abra ${q(L('usersAndGroups'))}.\nAsigne a las personas que usan TonicDM.`,
    'assign-users.add': `Haga clic en ${q(L('addUserGroup'))}.\nEsto limita quién puede iniciar sesión en la aplicación, no a qué buzones llega.`,
    'assign-users.pick': `Elija los usuarios o grupos que usan TonicDM y, luego, ${q(L('select'))}.`,
    'assign-users.assign': `Haga clic en ${q(L('assign'))}.`,
    'renew-new-secret.tab': `Abra la pestaña ${q(L('clientSecrets'))}.\nLa renovación agrega allí un secreto nuevo y luego quita el antiguo.`,
    'renew-new-secret.new': `Haga clic en ${q(L('newClientSecret'))}.\nEl secreto antiguo sigue funcionando hasta que TonicDM tenga el nuevo.`,
    'renew-new-secret.description': 'Asígnele un nombre con el mes y el año actuales.\nAsí se distinguen de un vistazo el secreto antiguo y el nuevo.',
    'renew-new-secret.expires': `Establezca ${q(L('expires'))} en ${q(L('expires24Months'))}.\nLa duración más larga supone el menor número de renovaciones.`,
    'renew-new-secret.add': `Haga clic en ${q(L('add'))}.\nDespués, permanezca en esta página: el nuevo Valor se muestra solo una vez.`,
    'renew-new-secret.value': `Este es el nuevo ${q(L('value'))} del secreto (no el ${q(L('secretId'))}).\nEl asistente lo captura ahora; después viene "Update Now" en TonicDM.`,
    'renew-remove-old.delete': 'Elimine el secreto ANTIGUO: {old}.\nTonicDM usa el nuevo desde que pulsó Go.',
    'renew-remove-old.confirm': `Haga clic en ${q(L('yes'))} para eliminar el secreto antiguo {old}.`,
    'renew-remove-old.keep-new': `Haga clic en ${q(L('no'))}: este es el secreto NUEVO que TonicDM usa ahora.\nElimine en su lugar el antiguo, {old}.`,
    'renew-remove-old.keep-old': `Por ahora, haga clic en ${q(L('no'))}: TonicDM todavía usa este secreto.\nPrimero pulse Go en TonicDM con el nuevo (vea el panel lateral).`,
  },
  variants: {
    expandGroup: 'Expanda este grupo y luego marque {role}.',
    filterFor: 'Escriba {role} para encontrarlo.\nLuego márquelo en la lista.',
    capturedValue: 'El asistente ha capturado este Valor y su expiración.\nSe enmascara en cuanto salga de esta página; no hay nada más que hacer aquí.',
    renewalCaptured:
      'El asistente ha capturado el nuevo Valor.\nSiguiente: "Update Now" en TonicDM (panel lateral). Conserve el secreto antiguo hasta que pulse Go allí.',
  },
  wrongTurns: {
    'delegated-instead-of-application': {
      message: `Un permiso de TonicDM figura como ${q(L('typeDelegated'))}. TonicDM se ejecuta sin usuario con sesión iniciada, así que su token solo lleva permisos de aplicación.`,
      fix: `Quite la entrada delegada ${removePermission}; luego ${q(L('addPermission'))} → Microsoft Graph → ${q(L('applicationPermissions'))} y márquelo de nuevo.`,
    },
    'delegated-selected': {
      message: `${q(L('delegatedPermissions'))} está seleccionado. TonicDM necesita permisos de aplicación.`,
      fix: `Elija ${q(L('applicationPermissions'))} antes de marcar los permisos.`,
    },
    'not-single-tenant': {
      message: 'Hay otro tipo de cuenta seleccionado. La aplicación TonicDM solo debe aceptar cuentas de su organización.',
      fix: `En ${q(L('accountTypes'))}, elija ${q(L('singleTenant'))} (portales anteriores: ${q(L('singleTenant', 3))}).`,
    },
    'redirect-uri-entered': {
      message: `Hay un ${q(L('redirectUri'))} escrito. TonicDM inicia sesión como la propia aplicación y no necesita ninguno.`,
      fix: `Vacíe el cuadro ${q(L('redirectUri'))} antes de ${q(L('register'))}.`,
    },
    'consent-not-granted': {
      message: `Falta el consentimiento del administrador; los permisos aún no funcionan. ${consentRoles}`,
      fix: `Haga clic en ${q(L('grantAdminConsent'))} y confirme con ${q(L('yes'))}, o pídaselo a uno de esos administradores.`,
    },
    'consent-button-disabled': {
      message: `Su cuenta no puede conceder aquí el consentimiento del administrador. ${consentRoles}`,
      fix: `Pida a uno de esos administradores que haga clic aquí en ${q(L('grantAdminConsent'))}, o active ese rol (PIM) y recargue.`,
    },
    'secret-expiry-not-24-months': {
      message: `${q(L('expires'))} no es ${q(L('expires24Months'))}. Un secreto más corto detiene TonicDM antes y debe renovarse en TonicDM.`,
      fix: `Elija ${q(L('expires24Months'))}, salvo que la directiva de su organización exija una duración más corta.`,
    },
    'enterprise-filter-hides-app': {
      message: `Con el filtro ${q(L('applicationTypeFilter'))}, la búsqueda no encuentra esa aplicación. Oculta las creadas con PowerShell o Graph.`,
      fix: 'Quite el filtro (su ×) y vuelva a buscar por nombre o id. de cliente.',
    },
    'default-user-read': {
      message: 'Figura el permiso delegado predeterminado "User.Read". Es inofensivo; TonicDM no lo usa.',
      fix: `Déjelo o quítelo ${removePermission}.`,
    },
  },
  otherApp: `Esta no es la aplicación que está configurando ("{app}"). La guía no señala nada aquí.\nAbra "{app}" desde ${q(L('appRegistrations'))} o cambie a esta aplicación en el panel lateral.`,
  secret: { description: '"{text}"', value: `${L('value')} {hint}…`, unknown: 'la fila marcada aquí' },
  overlay: { label: 'Guía de configuración de TonicDM', brand: 'Configuración de TonicDM', close: 'Cerrar la guía (Esc)', type: 'Escribir "{text}"' },
};
