/**
 * A progress bar on stderr while replications run, shown only on an interactive terminal
 * (never in pipes, CI logs or files). The cursor stays visible: a Ctrl-C stops a replication
 * at once, with no handler left to show a hidden cursor again.
 */
import cliProgress from "cli-progress";

/** A progress callback (done, total) and a function that removes the bar. */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

/** A bar labelled `label` when stderr is a TTY (with the time left when `eta`); otherwise callbacks that do nothing. */
export function startProgress(label: string, eta = false): Progress {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} replications${eta ? ", {eta_formatted} left" : ""}`, clearOnComplete: true, hideCursor: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
