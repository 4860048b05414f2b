/**
 * Reads and plants rows of the embedded store's database directly, beside the store under test, to check what is
 * really on disk (or to put there what the store itself would never write: a corrupt record).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { asidePrefix, HASH_KEY_ITEM, recordKey } from '../../lambda/persistence/keys';
import { DATABASE_FILE } from '../../lambda/persistence/sqlite-store';

export interface RawRow {
  id: string;
  version: number;
  body: string | null;
  deleted: number;
  expires_at: number | null;
}

export class SqliteInspector {
  private readonly db: Database.Database;
  constructor(dataDir: string) {
    this.db = new Database(join(dataDir, DATABASE_FILE), { timeout: 5000 });
  }

  keyOf(userId: string): string {
    const row = this.db.prepare('SELECT body FROM items WHERE id = ?').get(HASH_KEY_ITEM) as { body: string } | undefined;
    if (!row) throw new Error('the store has not been opened on this folder yet');
    return recordKey(row.body, userId);
  }

  record(userId: string): RawRow | undefined {
    return this.db.prepare('SELECT * FROM items WHERE id = ?').get(this.keyOf(userId)) as RawRow | undefined;
  }

  /** Bodies of the user's set-aside copies, oldest first. */
  asides(userId: string): string[] {
    const prefix = asidePrefix(this.keyOf(userId));
    const rows = this.db.prepare('SELECT body FROM items WHERE id >= ? AND id < ? ORDER BY id').all(prefix, `${prefix.slice(0, -1)}$`);
    return (rows as Array<{ body: string }>).map((row) => row.body);
  }

  plant(userId: string, body: string, version = 1, expiresAt: number | null = null): void {
    this.db
      .prepare('INSERT OR REPLACE INTO items (id, version, body, deleted, expires_at) VALUES (?, ?, ?, 0, ?)')
      .run(this.keyOf(userId), version, body, expiresAt);
  }

  all(): RawRow[] {
    return this.db.prepare('SELECT * FROM items ORDER BY id').all() as RawRow[];
  }

  close(): void {
    this.db.close();
  }
}
