import pg from "pg";

export interface ChannelListenerOptions {
  connectionString: string;
  channel: string;
  /** How the connection shows in pg_stat_activity. */
  applicationName: string;
  /** Each notification on the channel, in the order PostgreSQL delivers them. */
  onNotification(payload: string | undefined): void;
  /**
   * The connection listens, first or again after a loss. Notifications sent while nobody listened
   * are not delivered: this is where a listener catches up on what they would have said.
   */
  onListening?(): void;
  /** A listening connection was lost: an error, closed, or a heartbeat unanswered in time. */
  onLost?(reason: string): void;
  /** How often the connection proves it is alive; one that does not answer within this is replaced. */
  heartbeatMs?: number;
  /** How long after a loss or a failed attempt to connect again. */
  retryMs?: number;
}

export interface ChannelListener {
  /** Sends a notification on the channel through the listening connection; false when there is none. */
  notify(payload: string): Promise<boolean>;
  stop(): Promise<void>;
}

function discard(client: pg.Client) {
  client.removeAllListeners();
  client.on("error", () => {});
  void client.end().catch(() => {});
}

/**
 * Keeps one connection LISTENing on a PostgreSQL channel, for as long as the process runs. A
 * connection can die without a word (a failover, a dropped network path): a heartbeat query every
 * `heartbeatMs` proves it alive, and one that errs, closes or does not answer in time is replaced,
 * every `retryMs` until PostgreSQL answers again.
 */
export function listenOnChannel(options: ChannelListenerOptions): ChannelListener {
  const { connectionString, channel, applicationName, onNotification, onListening = () => {}, onLost = () => {}, heartbeatMs = 2_000, retryMs = 1_000 } = options;
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  const connectLater = () => {
    clearTimeout(retry);
    if (!stopped) retry = setTimeout(() => void connect(), retryMs);
  };

  const lose = (candidate: pg.Client, reason: string) => {
    discard(candidate);
    if (client !== candidate) return;
    client = undefined;
    clearInterval(heartbeat);
    onLost(reason);
    connectLater();
  };

  const connect = async () => {
    const candidate = new pg.Client({
      connectionString,
      connectionTimeoutMillis: heartbeatMs,
      query_timeout: heartbeatMs,
      keepAlive: true,
      application_name: applicationName,
    });
    candidate.on("error", (error) => lose(candidate, error.message));
    candidate.on("end", () => lose(candidate, "connection closed"));
    candidate.on("notification", (message) => {
      if (message.channel === channel) onNotification(message.payload);
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${candidate.escapeIdentifier(channel)}`);
    } catch {
      discard(candidate);
      connectLater();
      return;
    }
    if (stopped) return discard(candidate);
    client = candidate;
    heartbeat = setInterval(() => {
      candidate.query("SELECT 1").catch((error: Error) => lose(candidate, error.message));
    }, heartbeatMs);
    heartbeat.unref();
    onListening();
  };

  void connect();

  return {
    async notify(payload) {
      const current = client;
      if (!current) return false;
      return current.query("SELECT pg_notify($1, $2)", [channel, payload]).then(
        () => true,
        () => false,
      );
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const current = client;
      client = undefined;
      if (!current) return;
      current.removeAllListeners();
      current.on("error", () => {});
      await current.end().catch(() => {});
    },
  };
}
