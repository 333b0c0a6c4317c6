/** How the record names the signed-in admin: "Name (upn)", or the UPN alone. */
import type { GraphAccount } from '../auth/createGraphAuth';

const SHORT = 200;

export function adminLabel(account: Pick<GraphAccount, 'username' | 'name'> | undefined): string | undefined {
  if (!account?.username) return undefined;
  const name = account.name?.trim();
  const label = name && name !== account.username ? `${name} (${account.username})` : account.username;
  return label.slice(0, SHORT);
}
