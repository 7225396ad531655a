import { collaborationPath } from '../../shared/collab/document-name';

/** The collaboration websocket lives on the same host as the page, so cookies and proxies behave alike. */
export function collaborationUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${collaborationPath}`;
}
