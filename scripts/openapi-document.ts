import { randomBytes } from 'node:crypto';
import { FieldCipher } from '../src/core/crypto/field-cipher';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { systemClock } from '../src/server/http/request-context';

/** The OpenAPI document as the server generates it from its zod schemas (no database work needed). */
export async function generateOpenApi(): Promise<string> {
  const database = await openDatabase({ memory: true });
  try {
    const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: '/nonexistent' });
    const cipher = new FieldCipher([{ id: 'x', key: randomBytes(32) }], 'x');
    const app = await buildApp({ config, database, cipher, clock: systemClock }, { logger: false });
    await app.ready();
    const doc = JSON.stringify(app.swagger(), null, 2);
    await app.close();
    return `${doc}\n`;
  } finally {
    await database.close();
  }
}

export const openApiFile = 'docs/openapi.json';
