import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRoomServer, type RoomServerOptions } from './room-server.ts';

/**
 * `npm start`: the room server on this laptop, serving the built app and the live rooms to the
 * local network. PORT and HOST override where it listens; ROTTA_DATA where rooms are kept.
 * REDIS_URL (`redis://host:port`) or REDIS_SOCKET (a unix socket's path) make it one instance of
 * a hosted relay: every instance given the same Redis and the same ROTTA_DATA serves every room.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 4330);
const host = process.env.HOST ?? '0.0.0.0';

/** The Redis that the instances of a hosted relay share, if one is named. */
function redisFromEnvironment(): RoomServerOptions['redis'] {
  if (process.env.REDIS_SOCKET) return { path: process.env.REDIS_SOCKET };
  if (!process.env.REDIS_URL) return undefined;
  const url = new URL(process.env.REDIS_URL);
  if (url.protocol !== 'redis:' || url.username || url.password)
    throw new Error('REDIS_URL must be redis://host:port (no password, no TLS).');
  return {
    host: url.hostname.replace(/^\[|\]$/g, '') || undefined,
    port: url.port ? Number(url.port) : undefined,
  };
}
const redis = redisFromEnvironment();

/** The laptop's addresses on the local network, for the phones. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry!.address);
}

const lan = host === '0.0.0.0' ? lanAddresses() : [];
// Phones join at ROTTA_PUBLIC_URL (a relay, a name on the network), else the first LAN address.
const joinOrigin =
  process.env.ROTTA_PUBLIC_URL?.replace(/\/$/, '') ??
  (lan[0] ? `http://${lan[0]}:${port}` : undefined);

const server = await startRoomServer({
  port,
  host,
  staticDirectory: join(root, 'dist'),
  dataDirectory: process.env.ROTTA_DATA ?? join(root, '.rotta-rooms'),
  joinOrigin,
  redis,
});

const laptopUrl = `http://localhost:${new URL(server.url).port}`;
console.log(`\nRotta is running.\n\n  On this laptop:  ${laptopUrl}`);
for (const address of lan)
  console.log(`  On the network:  http://${address}:${new URL(server.url).port}`);
if (redis)
  console.log(
    `  Relay:           on, through Redis at ${redis.path ?? `${redis.host ?? '127.0.0.1'}:${redis.port ?? 6379}`}`,
  );
if (joinOrigin) {
  console.log(`\n  Phones join at ${joinOrigin}/join (the live room shows this code too):\n`);
  console.log(await QRCode.toString(`${joinOrigin}/join`, { type: 'terminal', small: true }));
}
console.log('');
console.log('Press Ctrl+C to stop. Rooms and scores are kept for the next start.\n');

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
