/** Japanese: the Japanese portal's own labels (phraseTables/ja.ts) in 「」, in the polite form Microsoft uses. */
import { APP_NAME, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION } from '../../steps';
import { ja as phrases } from '../phraseTables/ja';
import { portalLabels, type CalloutTable } from './types';

const L = portalLabels(phrases);
const q = (text: string) => `「${text}」`;

const openApp = `${q(APP_NAME)} を開きます。\n次の手順はアプリのページで行います。`;
const search = `${q(APP_NAME)} を検索するか、クライアント ID を貼り付けます。\n長い一覧では、最初は一部のアプリしか表示されません。`;
const filter = `${q(L('applicationTypeFilter'))} フィルターを削除してから、もう一度検索します。\nこのフィルターでは、検索でアプリが見つかりません。`;
const assignmentRequired = q(L('assignmentRequired'));
const consentRoles = 'Graph のアプリケーションの許可に同意できるのは、グローバル管理者または特権ロール管理者だけです。';
const removePermission = '(… → アクセス許可の削除)';

export const ja: CalloutTable = {
  subSteps: {
    'register.new-registration': `${q(L('newRegistration'))} をクリックします。\nTonicDM には、テナント内に専用のアプリ登録が必要です。`,
    'register.name': `アプリの名前を ${q(APP_NAME)} にします。\n同じ名前で、後から ${q(L('enterpriseApplications'))} でも見つけられます。`,
    'register.single-tenant': `${q(L('singleTenant'))} を選択します。\nTonicDM はお使いのテナント内でのみ動作します。(以前のポータル: ${q(L('singleTenant', 1))})`,
    'register.submit': `${q(L('register'))} をクリックします。${q(L('redirectUri'))} は空のままにします。\nTonicDM はアプリ自身としてサインインするため、リダイレクトは不要です。`,
    'copy-ids.app': openApp,
    'copy-ids.open': `${q(L('overview'))} を開きます。\nアシスタントがそこでクライアント ID とテナント ID を読み取ります。`,
    'copy-ids.values': `これが ${q(L('applicationClientId'))} と ${q(L('directoryTenantId'))} です。\nアシスタントが両方を取り込みます。${q(L('objectId'))} は不要です。`,
    'api-permissions.app': openApp,
    'api-permissions.open': `${q(L('apiPermissions'))} を開きます。\nTonicDM には Microsoft Graph のアプリケーションの許可が 3 つ必要です。`,
    'api-permissions.add': `${q(L('addPermission'))} をクリックします。\n最後に ${q(L('addPermissions'))} ボタンを押すまで、何も保存されません。`,
    'api-permissions.graph': `${q(L('microsoftGraph'))} を選択します。\nメールとユーザーのデータには Graph を通じてアクセスします。`,
    'api-permissions.application': `${q(L('delegatedPermissions'))} ではなく ${q(L('applicationPermissions'))} を選択します。\nTonicDM はサインインしたユーザーなしで、サービスとして動作します。`,
    'api-permissions.filter': 'アクセス許可の名前を入力して検索します。\n一覧は長いため、絞り込むと正しいグループが表示されます。',
    'api-permissions.role.MailboxSettings.ReadWrite':
      'MailboxSettings.ReadWrite をオンにします。\nTonicDM は、タイム ゾーンや自動応答などのメールボックス設定を読み取り、設定します。',
    'api-permissions.role.Mail.ReadWrite': 'Mail.ReadWrite をオンにします。\nTonicDM は、管理するメッセージを整理し、更新します。',
    'api-permissions.role.User.Read.All': 'User.Read.All をオンにします。\nTonicDM は、担当するメールボックスのユーザーを検索します。',
    'api-permissions.submit': `${q(L('addPermissions'))} をクリックします。\nこれで ${REQUIRED_GRAPH_ROLES.join(', ')} がアプリに保存されます。`,
    'admin-consent.app': openApp,
    'admin-consent.open': `${q(L('apiPermissions'))} を開きます。\nアクセス許可には、まだ管理者の同意が必要です。`,
    'admin-consent.grant': `${q(L('grantAdminConsent'))} をクリックします。\nアプリケーションの許可は、管理者が同意して初めて有効になります。`,
    'admin-consent.keep-other': `${q(`${L('keepOtherPermissions')} …`)} を選択します。\nこのアプリにはテナントで既に他の許可も付与されています。${q(L('no'))} では使用中の許可が取り消される可能性があります。`,
    'admin-consent.continue': `${q(L('saveAndContinue'))} をクリックします。\n次に同意の確認が表示されます。`,
    'admin-consent.confirm': `${q(L('yes'))} をクリックして確定します。\nその後、各アクセス許可に組織名とともに ${q(L('grantedFor'))} と表示されます。`,
    'client-secret.app': openApp,
    'client-secret.open': `${q(L('certificatesAndSecrets'))} を開きます。\nTonicDM はクライアント シークレットでサインインします。`,
    'client-secret.tab': `${q(L('clientSecrets'))} タブを開きます。`,
    'client-secret.new': `${q(L('newClientSecret'))} をクリックします。\nその ${q(L('value'))} は、追加した直後に一度だけ表示されます。`,
    'client-secret.description': `${q(L('description'))} に ${q(SECRET_DESCRIPTION)} と入力します。\n説明で、後からこのシークレットを見分けられます。`,
    'client-secret.expires': `${q(L('expires'))} を ${q(L('expires24Months'))} に設定します。\n最長の期間にすると、TonicDM での更新が最も少なくなります。`,
    'client-secret.add': `${q(L('add'))} をクリックします。\nその後もこのページから離れないでください。値は一度だけ表示されます。`,
    'client-secret.value': `これがシークレットの ${q(L('value'))} です (${q(L('secretId'))} ではありません)。\nアシスタントが今取り込みます。ページを離れるとマスクされます。`,
    'assignment-required.search': search,
    'assignment-required.filter': filter,
    'assignment-required.app': `${q(APP_NAME)} を開きます。\nそのエンタープライズ アプリで、サインインできるユーザーを決めます。`,
    'assignment-required.properties': `${q(L('properties'))} を開きます。\n${assignmentRequired} はそこで設定します。`,
    'assignment-required.yes': `${assignmentRequired} を ${q(L('yes'))} に設定します。\n割り当てられたユーザーとグループだけが、アプリにサインインできるようになります。`,
    'assignment-required.save': `${q(L('save'))} をクリックします。\n保存するまで変更は適用されません。`,
    'assign-users.search': search,
    'assign-users.filter': filter,
    'assign-users.app': `ユーザーを割り当てるには、${q(APP_NAME)} を開きます。`,
    'assign-users.open': `${q(L('usersAndGroups'))} を開きます。\nTonicDM を使用するユーザーを割り当てます。`,
    'assign-users.add': `${q(L('addUserGroup'))} をクリックします。\nアプリにサインインできるユーザーを制限するもので、アクセスできるメールボックスは制限しません。`,
    'assign-users.pick': `TonicDM を使用するユーザーまたはグループを選び、${q(L('select'))} をクリックします。`,
    'assign-users.assign': `${q(L('assign'))} をクリックします。`,
    'renew-new-secret.tab': `${q(L('clientSecrets'))} タブを開きます。\n更新では、そこで新しいシークレットを追加してから、古いシークレットを削除します。`,
    'renew-new-secret.new': `${q(L('newClientSecret'))} をクリックします。\n古いシークレットは、TonicDM が新しいシークレットを受け取るまで動作し続けます。`,
    'renew-new-secret.description': '今月の月と年を含む名前を付けます。\n古いシークレットと新しいシークレットを、ひと目で見分けられます。',
    'renew-new-secret.expires': `${q(L('expires'))} を ${q(L('expires24Months'))} に設定します。\n最長の期間にすると、更新が最も少なくなります。`,
    'renew-new-secret.add': `${q(L('add'))} をクリックします。\nその後もこのページから離れないでください。新しい値は一度だけ表示されます。`,
    'renew-new-secret.value': `これが新しいシークレットの ${q(L('value'))} です (${q(L('secretId'))} ではありません)。\nアシスタントが今取り込みます。次は TonicDM の「Update Now」です。`,
    'renew-remove-old.delete': '古いシークレットを削除します: {old}。\n「Go」を押した時点から、TonicDM は新しいシークレットを使用しています。',
    'renew-remove-old.confirm': `${q(L('yes'))} をクリックして、古いシークレット {old} を削除します。`,
    'renew-remove-old.keep-new': `${q(L('no'))} をクリックします。これは TonicDM が現在使用している新しいシークレットです。\n代わりに古いシークレット {old} を削除してください。`,
    'renew-remove-old.keep-old': `今は ${q(L('no'))} をクリックします。TonicDM はまだこのシークレットを使用しています。\n先に新しいシークレットで TonicDM の「Go」を押してください (サイド パネルを参照)。`,
  },
  variants: {
    expandGroup: 'このグループを展開してから、{role} をオンにします。',
    filterFor: '{role} と入力して検索します。\n次に、一覧でオンにします。',
    capturedValue: 'アシスタントがこの値と有効期限を取り込みました。\nこのページを離れるとマスクされます。ここでの作業は完了です。',
    renewalCaptured: 'アシスタントが新しい値を取り込みました。\n次は TonicDM の「Update Now」です (サイド パネル)。そこで「Go」を押すまで、古いシークレットは残してください。',
  },
  wrongTurns: {
    'delegated-instead-of-application': {
      message: `TonicDM のアクセス許可が ${q(L('typeDelegated'))} になっています。TonicDM はサインインしたユーザーなしで動作するため、トークンにはアプリケーションの許可しか含まれません。`,
      fix: `委任のエントリを削除し ${removePermission}、${q(L('addPermission'))} → Microsoft Graph → ${q(L('applicationPermissions'))} でもう一度オンにします。`,
    },
    'delegated-selected': {
      message: `${q(L('delegatedPermissions'))} が選択されています。TonicDM にはアプリケーションの許可が必要です。`,
      fix: `アクセス許可をオンにする前に、${q(L('applicationPermissions'))} を選択してください。`,
    },
    'not-single-tenant': {
      message: '別のアカウントの種類が選択されています。TonicDM アプリは、組織内のアカウントだけを受け入れる必要があります。',
      fix: `${q(L('accountTypes'))} で ${q(L('singleTenant'))} を選択します (以前のポータル: ${q(L('singleTenant', 1))})。`,
    },
    'redirect-uri-entered': {
      message: `${q(L('redirectUri'))} が入力されています。TonicDM はアプリ自身としてサインインするため、不要です。`,
      fix: `${q(L('register'))} の前に ${q(L('redirectUri'))} ボックスを空にしてください。`,
    },
    'consent-not-granted': {
      message: `管理者の同意がないため、アクセス許可はまだ機能しません。${consentRoles}`,
      fix: `${q(L('grantAdminConsent'))} をクリックして ${q(L('yes'))} で確定するか、該当する管理者に依頼してください。`,
    },
    'consent-button-disabled': {
      message: `お使いのアカウントでは、ここで管理者の同意を与えることはできません。${consentRoles}`,
      fix: `該当する管理者にこのページで ${q(L('grantAdminConsent'))} をクリックするよう依頼するか、そのロールを (PIM で) アクティブにして再読み込みしてください。`,
    },
    'secret-expiry-not-24-months': {
      message: `${q(L('expires'))} が ${q(L('expires24Months'))} ではありません。期間の短いシークレットは TonicDM を早く停止させ、TonicDM での更新が必要になります。`,
      fix: `組織のポリシーでより短い期間が求められる場合を除き、${q(L('expires24Months'))} を選択してください。`,
    },
    'enterprise-filter-hides-app': {
      message: `${q(L('applicationTypeFilter'))} フィルターでは、該当するアプリが見つかりません。PowerShell または Graph で作成したアプリは、このフィルターで非表示になります。`,
      fix: 'フィルターを削除し (その ×)、名前またはクライアント ID でもう一度検索してください。',
    },
    'default-user-read': {
      message: '既定の委任されたアクセス許可「User.Read」が表示されています。問題はありません。TonicDM はこれを使用しません。',
      fix: `そのままにするか、削除してください ${removePermission}。`,
    },
  },
  otherApp: `これはセットアップ中のアプリ (「{app}」) ではありません。ここではガイドは何も指しません。\n${q(L('appRegistrations'))} から「{app}」を開くか、サイド パネルでこのアプリに切り替えてください。`,
  secret: { description: q('{text}'), value: `${L('value')} {hint}…`, unknown: 'ここでマークされた行' },
  overlay: { label: 'TonicDM セットアップ ガイド', brand: 'TonicDM セットアップ', close: 'ガイドを閉じる (Esc)', type: '「{text}」を入力' },
};
