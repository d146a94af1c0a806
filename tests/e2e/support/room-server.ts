import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roomServerPort } from './browser';

/**
 * A room server of a test's own (`node dist-server/main.js`, as `npm start` runs it), on its own
 * port and data folder, so a test can kill it mid-room and start it again on the same rooms.
 * Phones reach it as `room.test` (see the browser's host-resolver rule).
 */
export class TestRoomServer {
  private process: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly dataDirectory: string,
  ) {}

  static async start(workerIndex: number): Promise<TestRoomServer> {
    const data = await mkdtemp(join(tmpdir(), 'rotta-room-test-'));
    const server = new TestRoomServer(roomServerPort + 10 + workerIndex, data);
    await server.restart();
    return server;
  }

  /** The laptop's address (loopback: a secure context, as on the consultant's laptop). */
  get laptopUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The phones' address: by name, over plain http. */
  get phoneUrl(): string {
    return `http://room.test:${this.port}`;
  }

  async restart(): Promise<void> {
    this.process = spawn('node', ['dist-server/main.js'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        ROTTA_DATA: this.dataDirectory,
        ROTTA_PUBLIC_URL: this.phoneUrl,
      },
      stdio: 'ignore',
    });
    for (let waited = 0; waited < 15_000; waited += 100) {
      try {
        if ((await fetch(`${this.laptopUrl}/api/health`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The room server did not start on port ${this.port}`);
  }

  /** Ends the server at once, as a crash or a pulled plug would: no goodbye to anyone. */
  async kill(): Promise<void> {
    const running = this.process;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dataDirectory, { recursive: true, force: true });
  }
}
