// `npm run server`: the game and the class API in one Node process, on HOST:PORT
// (127.0.0.1:8080 by default), storing everything in PGlite under DATA_DIR or in
// PostgreSQL at DATABASE_URL. The migrations run first; then the server listens.
import { readConfig } from './config';
import { openDatabase } from './db';
import { migrate } from './migrate';
import { loadScenarioDir } from './scenarios';
import { buildServer } from './app';

async function main(): Promise<void> {
  const config = readConfig();
  const scenarios = loadScenarioDir(config.scenariosDir);
  const db = await openDatabase(config);
  const ran = await migrate(db);
  const server = await buildServer(config, db, scenarios);
  await server.app.listen({ host: config.host, port: config.port });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Nineteen Days class server on http://${config.host}:${config.port}/ — ${where}${ran.length ? `; migrations run: ${ran.join(', ')}` : ''}`);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  console.error(`The server could not start: ${(e as Error).message}`);
  process.exit(1);
});
