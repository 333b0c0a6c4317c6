import { i18n } from '#i18n';
import { REQUIRED_GRAPH_ROLES } from '@/utils/steps';
import { useGraphStore } from './graphStore';
import { MessageBar } from '../MessageBar';
import { joinList } from '@/utils/i18n/lists';

/** Every word this component shows. */
const STRINGS = {
  noRole: i18n.t('adminRoleWarning.noRole'),
  yourAccount: i18n.t('adminRoleWarning.yourAccount'),
  message: (who: string, roles: string, permissions: string) => i18n.t('adminRoleWarning.message', [who, roles, permissions]),
  fix: i18n.t('adminRoleWarning.fix'),
} as const;

/** Shown before anything is changed when the signed-in account cannot grant admin consent. */
export function AdminRoleWarning() {
  const admin = useGraphStore((s) => s.verification?.admin);
  if (!admin || admin.canConsent) return null;
  const roles = admin.roles.length > 0 ? joinList(admin.roles) : STRINGS.noRole;
  return (
    <MessageBar
      severity="warning"
      testId="graph-admin-warning"
      role="alert"
      message={STRINGS.message(admin.upn || STRINGS.yourAccount, roles, joinList(REQUIRED_GRAPH_ROLES))}
    >
      <p className="fix">
        {STRINGS.fix}
      </p>
    </MessageBar>
  );
}
