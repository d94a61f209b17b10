// npm run statements -- --council herefordshire --since 2026-01-01 [--data-dir DIR] [--bom]
// Prints the council's signed supporter statements as CSV on stdout (a count goes to stderr).
// Statements are read from DATA_DIR/statements (DATA_DIR from the environment or .env, default ./data
// under the project, as the server uses); --data-dir overrides DATA_DIR.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { ROOT } from '../knowledge/paths.js';
import { statementsToCsv } from './statements/export-csv.js';
import { isRealDate } from './statements/statement-record.js';
import { StatementStore } from './statements/statement-store.js';

const USAGE = `Usage: npm run statements -- --council <id> --since <YYYY-MM-DD> [--data-dir <dir>] [--bom]

Prints signed supporter statements as CSV.
  --council   council id, e.g. herefordshire (only that council's statements)
  --since     only statements signed on or after this date
  --data-dir  data folder (default: $DATA_DIR, else ./data); statements are in <dir>/statements
  --bom       start with a UTF-8 byte order mark (helps Excel show Welsh letters)
`;

function usage(problem: string): never {
  process.stderr.write(`${problem}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        council: { type: 'string' },
        since: { type: 'string' },
        'data-dir': { type: 'string' },
        bom: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    usage((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (!values.council) usage('Missing --council.');
  if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(values.council)) usage(`--council must be a council id such as herefordshire, got "${values.council}".`);
  if (!values.since) usage('Missing --since.');
  if (!isRealDate(values.since)) usage(`--since must be a real date written YYYY-MM-DD, got "${values.since}".`);

  let dataDir: string;
  if (values['data-dir'] !== undefined) {
    if (!values['data-dir']) usage('--data-dir must not be empty.');
    dataDir = resolve(values['data-dir']);
  } else {
    dotenv.config({ quiet: true });
    dataDir = resolve(ROOT, process.env.DATA_DIR || './data');
  }
  const dir = join(dataDir, 'statements');
  if (!existsSync(dir)) {
    process.stderr.write(`No statements folder at ${dir} (check --data-dir or DATA_DIR).\n`);
    process.exit(1);
  }

  let unreadable = 0;
  const store = new StatementStore(dir, { onUnreadable: () => { unreadable++; } });
  const records = await store.list({ council: values.council, since: values.since });
  process.stdout.write(statementsToCsv(records, { bom: values.bom }));
  process.stderr.write(`${records.length} statement(s) for ${values.council} signed since ${values.since}.\n`);
  if (unreadable) {
    process.stderr.write(`Warning: ${unreadable} file(s) in ${dir} could not be read as statements and were left out.\n`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`statements: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
