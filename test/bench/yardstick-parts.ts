/**
 * The data structures of the hand-written yardstick loops: an event heap and a FIFO queue on
 * typed arrays, growing by doubling and allocating nothing per event once grown.
 *
 * A branch counter's yardstick keeps its pending "customer arrives" and "teller finishes"
 * events in the heap (time, case, code) and the waiting customers in the FIFO
 * (case, visit, time they joined the queue).
 */

/** Min-heap of events ordered by time; the popped event is read from `time`, `caseId`, `code`. */
export class EventHeap {
  private times = new Float64Array(64);
  private cases = new Int32Array(64);
  private codes = new Int32Array(64);
  private size = 0;
  /** Fields of the last popped event. */
  time = 0;
  caseId = 0;
  code = 0;

  /** Number of pending events. */
  get length(): number {
    return this.size;
  }

  /** Schedules an event at `time` for case `caseId` with an event `code`. */
  push(time: number, caseId: number, code: number): void {
    if (this.size === this.times.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.times[parent] <= time) break;
      this.times[i] = this.times[parent];
      this.cases[i] = this.cases[parent];
      this.codes[i] = this.codes[parent];
      i = parent;
    }
    this.times[i] = time;
    this.cases[i] = caseId;
    this.codes[i] = code;
  }

  /** Removes the earliest event into `time`, `caseId`, `code`. Call only when `length > 0`. */
  pop(): void {
    const times = this.times;
    this.time = times[0];
    this.caseId = this.cases[0];
    this.code = this.codes[0];
    const last = --this.size;
    const t = times[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && times[child + 1] < times[child]) child++;
      if (times[child] >= t) break;
      times[i] = times[child];
      this.cases[i] = this.cases[child];
      this.codes[i] = this.codes[child];
      i = child;
    }
    times[i] = t;
    this.cases[i] = this.cases[last];
    this.codes[i] = this.codes[last];
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    const cases = new Int32Array(n);
    const codes = new Int32Array(n);
    times.set(this.times);
    cases.set(this.cases);
    codes.set(this.codes);
    this.times = times;
    this.cases = cases;
    this.codes = codes;
  }
}

/** First-in first-out queue of (case, visit, time joined) on a power-of-two ring buffer. */
export class RingFifo {
  private cases = new Int32Array(256);
  private visits = new Int32Array(256);
  private times = new Float64Array(256);
  private head = 0;
  private size = 0;
  private mask = 255;
  /** Fields of the last shifted entry. */
  caseId = 0;
  visit = 0;
  joined = 0;

  /** Number of entries waiting. */
  get length(): number {
    return this.size;
  }

  /** Appends a case that joined the queue at `time` on its `visit`-th visit. */
  push(caseId: number, visit: number, time: number): void {
    if (this.size > this.mask) this.grow();
    const at = (this.head + this.size++) & this.mask;
    this.cases[at] = caseId;
    this.visits[at] = visit;
    this.times[at] = time;
  }

  /** Removes the oldest entry into `caseId`, `visit`, `joined`. Call only when `length > 0`. */
  shift(): void {
    const at = this.head;
    this.caseId = this.cases[at];
    this.visit = this.visits[at];
    this.joined = this.times[at];
    this.head = (at + 1) & this.mask;
    this.size--;
  }

  private grow(): void {
    const n = (this.mask + 1) * 2;
    const cases = new Int32Array(n);
    const visits = new Int32Array(n);
    const times = new Float64Array(n);
    for (let i = 0; i < this.size; i++) {
      const from = (this.head + i) & this.mask;
      cases[i] = this.cases[from];
      visits[i] = this.visits[from];
      times[i] = this.times[from];
    }
    this.cases = cases;
    this.visits = visits;
    this.times = times;
    this.head = 0;
    this.mask = n - 1;
  }
}

/** What a yardstick run returns: the mean wait per case (minutes) and the events processed. */
export interface YardstickResult {
  readonly meanWait: number;
  readonly events: number;
}

/** Wall and CPU seconds of one replication. */
export interface ReplicationTiming {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** Runs `work` and returns its wall and CPU seconds with its value. */
export function timeReplication<T>(work: () => T): { timing: ReplicationTiming; value: T } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { timing: { seconds, cpuSeconds: (used.user + used.system) / 1e6 }, value };
}

/**
 * Command-line entry shared by the yardsticks: `<customers> <seed> [replications]`; runs the
 * replications (seed, seed + 1, …) and prints one JSON line with the last result, each
 * replication's wall and CPU seconds, and the peak RSS in MiB.
 */
export function yardstickMain(run: (customers: number, seed: number) => YardstickResult, argv: readonly string[]): void {
  const customers = Number(argv[0] ?? 1_000_000);
  const seed = Number(argv[1] ?? 1);
  const replications = Number(argv[2] ?? 1);
  const timings: ReplicationTiming[] = [];
  let result: YardstickResult = { meanWait: NaN, events: 0 };
  for (let r = 0; r < replications; r++) {
    const { timing, value } = timeReplication(() => run(customers, seed + r));
    timings.push(timing);
    result = value;
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...result, timings, peakRssMb })}\n`);
}

/** True when the module at `moduleUrl` is the script Node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && new URL(moduleUrl).pathname === script;
}
