/**
 * One dedicated PostgreSQL connection per process that LISTENs to the
 * change channel. NOTIFY is transactional: a message is delivered only if
 * its transaction commits, and messages arrive in commit order — the order
 * of the server clock, since writers hold one advisory lock. When the
 * connection drops, messages sent meanwhile are lost: the listener is told
 * (`gap`) and the connection is re-opened.
 */
import pg from 'pg';
import type { ChangeListener, Unlisten } from './types';

/** The NOTIFY channel of document changes. */
export const CHANGE_CHANNEL = 'xiaoan_changes';
const RECONNECT_MS = 1_000;

export async function listenForChanges(connectionString: string, listener: ChangeListener): Promise<Unlisten> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (again: boolean): Promise<void> => {
    const c = new pg.Client({ connectionString });
    c.on('notification', (m) => {
      if (m.channel === CHANGE_CHANNEL && m.payload !== undefined) listener.message(m.payload);
    });
    const lost = () => {
      if (client !== c || stopped) return;
      client = undefined;
      listener.gap();
      retry = setTimeout(() => void connect(true).catch(lost), RECONNECT_MS);
    };
    c.on('error', lost);
    c.on('end', lost);
    client = c;
    await c.connect();
    await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    // Back: streams opened while it was down may have missed changes too.
    if (again) listener.gap();
  };

  await connect(false);
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const c = client;
    client = undefined;
    await c?.end().catch(() => undefined);
  };
}
