import type { SecretStore } from '../host.js';

/** The key a team password is kept under: server, database and user. */
export const secretKey = (server: string, db: string, user: string) => `team|${server}|${db}|${user}`;

/** Secrets kept in memory for the backend's life, when the host has no store. */
export class MemorySecrets implements SecretStore {
  private readonly values = new Map<string, string>();

  async get(key: string): Promise<string | null> {
    return this.values.get(key) ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }
}
