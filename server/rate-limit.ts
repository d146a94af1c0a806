/** At most `perMinute` joins from one address in any minute: a typo is fine, guessing codes is not. */
export class JoinRateLimit {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  allow(address: string, now = Date.now()): boolean {
    const since = now - 60_000;
    const times = (this.recent.get(address) ?? []).filter((time) => time > since);
    if (times.length >= this.perMinute) {
      this.recent.set(address, times);
      return false;
    }
    times.push(now);
    this.recent.set(address, times);
    return true;
  }
}
