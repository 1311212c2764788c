import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export interface DuckSessionOptions {
  /** Where DuckDB may spill when a query needs more memory than `memoryLimit`. */
  tempDirectory: string;
  memoryLimit?: string;
  threads?: number;
  signal?: AbortSignal;
}

/**
 * One private in-memory DuckDB for one job (an ingest or a simulation). Memory is capped and spills to a temp
 * folder inside the job's own staging directory, so a file larger than RAM still goes through and nothing is
 * left behind when the staging directory is removed.
 */
export class DuckSession {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    private readonly signal: AbortSignal | undefined,
  ) {}

  static async open(options: DuckSessionOptions): Promise<DuckSession> {
    const instance = await DuckDBInstance.create(':memory:', {
      memory_limit: options.memoryLimit ?? process.env.GIGPACT_DUCKDB_MEMORY ?? '2GB',
      temp_directory: options.tempDirectory,
      threads: String(options.threads ?? 2),
    });
    const connection = await instance.connect();
    // The wall-clock zone of a dataset is decided per dataset; DuckDB itself must not shift anything.
    await connection.run("SET TimeZone = 'UTC'");
    return new DuckSession(instance, connection, options.signal);
  }

  /** Runs a statement; an abort interrupts DuckDB mid-query rather than waiting for it to finish. */
  async run(sql: string, onProgress?: (fraction: number) => void): Promise<void> {
    await this.guard(async () => {
      await this.connection.run(sql);
    }, onProgress);
  }

  async rows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    return this.guard(async () => {
      const reader = await this.connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as T[];
    });
  }

  /** Rows with values as JSON-safe text where JavaScript numbers would lose precision (decimals, big integers). */
  async rowsJson(sql: string): Promise<Record<string, unknown>[]> {
    return this.guard(async () => (await this.connection.runAndReadAll(sql)).getRowObjectsJson());
  }

  async value<T>(sql: string): Promise<T> {
    const [row] = await this.rows<Record<string, T>>(sql);
    if (!row) throw new Error(`query returned no row: ${sql.slice(0, 80)}`);
    return Object.values(row)[0] as T;
  }

  /** Whether the job was cancelled: an error then is the cancellation, not a problem of the data. */
  get aborted(): boolean {
    return this.signal?.aborted ?? false;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }

  private async guard<T>(work: () => Promise<T>, onProgress?: (fraction: number) => void): Promise<T> {
    this.signal?.throwIfAborted();
    const interrupt = () => this.connection.interrupt();
    this.signal?.addEventListener('abort', interrupt);
    const timer = onProgress
      ? setInterval(() => {
          const p = this.connection.progress;
          if (p.percentage >= 0) onProgress(p.percentage / 100);
        }, 200)
      : undefined;
    try {
      return await work();
    } catch (error) {
      this.signal?.throwIfAborted();
      throw error;
    } finally {
      if (timer) clearInterval(timer);
      this.signal?.removeEventListener('abort', interrupt);
    }
  }
}

/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL identifier. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
