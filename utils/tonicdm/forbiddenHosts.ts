/**
 * Hosts that can never be a TonicDM fill target, whatever Options or storage say. The
 * portal hosts are already covered by the manifest, so one written into the list of extra
 * origins would get the filler without any permission prompt; Microsoft's sign-in, Graph and
 * Office hosts are where an admin is most easily talked into pasting an address; and shared
 * hosting suffixes give anyone a subdomain, so "TonicDM EU" on one of them is a stranger's page.
 */
import { BLADE_EXTENSION_HOSTS, PORTAL_SHELL_HOSTS, REACTBLADE_HOST_SUFFIXES } from '../portal/hosts';

/** A host equal to one of these, or under it, is refused. */
const FORBIDDEN_DOMAINS = [
  // Microsoft: portals, sign-in, Graph, Office, Azure-hosted content.
  'microsoft.com',
  'microsoftonline.com',
  'microsoftonline-p.com',
  'microsoft365.com',
  'cloud.microsoft',
  'static.microsoft',
  'azure.com',
  'azure.net',
  'azure-api.net',
  'azureedge.net',
  'azurefd.net',
  'azurewebsites.net',
  'windows.net',
  'windowsazure.com',
  'msauth.net',
  'msftauth.net',
  'msidentity.com',
  'live.com',
  'office.com',
  'office.net',
  'office365.com',
  'outlook.com',
  'sharepoint.com',
  'aka.ms',
  // Shared hosting and tunnels: anyone can publish under these.
  'github.io',
  'githubusercontent.com',
  'gitlab.io',
  'herokuapp.com',
  'vercel.app',
  'netlify.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'cloudfront.net',
  'amazonaws.com',
  'onrender.com',
  'fly.dev',
  'glitch.me',
  'replit.dev',
  'repl.co',
  'ngrok.io',
  'ngrok-free.app',
  'ngrok.app',
  'trycloudflare.com',
  'loca.lt',
  'localhost.run',
  'blogspot.com',
  'wordpress.com',
  'sites.google.com',
  'googleusercontent.com',
] as const;

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Host as `URL.hostname` gives it: lower case, punycode, IPv6 in brackets. */
export function isForbiddenTonicdmHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  // Address literals: TonicDM is reached by name, and an IP says nothing about who runs it.
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return true;
  if ((PORTAL_SHELL_HOSTS as readonly string[]).includes(host)) return true;
  if ((BLADE_EXTENSION_HOSTS as readonly string[]).includes(host)) return true;
  if (REACTBLADE_HOST_SUFFIXES.some((suffix) => isUnder(host, suffix.slice(1)))) return true;
  return FORBIDDEN_DOMAINS.some((domain) => isUnder(host, domain));
}
