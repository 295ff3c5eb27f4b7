import { openDb } from '../../server/storage/db';

/**
 * A process that opens (and migrates) DATA_DIR/app.db at a given moment, so that several of them start their
 * migration at the same time as instances on a shared DATA_DIR do. Arguments: data folder, start time (ms epoch).
 */
const [dir, at] = process.argv.slice(2);
while (Date.now() < Number(at)) {
  // wait actively: a timer would let the processes drift apart by its granularity
}
const db = openDb(dir!);
process.stdout.write(String(db.pragma('user_version', { simple: true })));
db.close();
