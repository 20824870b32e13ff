import { app, safeStorage } from 'electron';
import path from 'node:path';
import type { SecretStore } from '../backend/host.js';
import { writeFileDurably } from '../backend/durable-write.js';
import { nodeFileSystem } from '../backend/file-system.js';
import { readFile } from 'node:fs/promises';

/** The file, in the app's own data folder, holding the encrypted secrets. */
const SECRETS_FILE = 'secrets.json';

/**
 * Secrets encrypted with Electron's safeStorage (the system keychain: DPAPI,
 * Keychain, libsecret/kwallet), kept as base64 in `secrets.json` in the
 * app's data folder, never in a workspace. Where encryption is not available
 * (no keyring), nothing is stored: the secret lives in memory until quit.
 */
export function safeStorageSecrets(): SecretStore {
  const file = path.join(app.getPath('userData'), SECRETS_FILE);
  const memory = new Map<string, string>();
  const read = async (): Promise<Record<string, string>> => {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const write = (table: Record<string, string>) =>
    writeFileDurably(nodeFileSystem, file, new TextEncoder().encode(JSON.stringify(table)));
  return {
    async get(key) {
      if (memory.has(key)) return memory.get(key)!;
      const stored = (await read())[key];
      if (stored === undefined || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        return null;
      }
    },
    async set(key, value) {
      if (!safeStorage.isEncryptionAvailable()) {
        memory.set(key, value);
        return;
      }
      const table = await read();
      table[key] = safeStorage.encryptString(value).toString('base64');
      await write(table);
    },
    async delete(key) {
      memory.delete(key);
      const table = await read();
      if (key in table) {
        delete table[key];
        await write(table);
      }
    },
  };
}
