/**
 * Progress on stderr: a single redrawn bar on a terminal, otherwise a plain line at every tenth
 * (logs and CI capture stderr, where \r bars turn into noise).
 */
export function createProgress(stream: NodeJS.WriteStream, label: string): {
  update(done: number, total: number): void;
  /** A message line that must not be overwritten by the bar. */
  note(line: string): void;
  end(): void;
} {
  const tty = Boolean(stream.isTTY);
  const t0 = performance.now();
  let lastDraw = 0;
  let lastStep = -1;
  const elapsed = () => `${((performance.now() - t0) / 1000).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
  return {
    update(done, total) {
      const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (tty) {
        const now = performance.now();
        // redraw at most 10 times a second; the last update always draws
        if (done < total && now - lastDraw < 100) return;
        lastDraw = now;
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
        const full = Math.round((pct / 100) * width);
        stream.write(`\r${label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${pct} % ${done}/${total} ${elapsed()}\x1b[K`);
      } else {
        const step = Math.floor(pct / 10);
        if (step === lastStep) return;
        lastStep = step;
        stream.write(`${label}: ${done}/${total} (${pct} %) nach ${elapsed()}\n`);
      }
    },
    note(line) {
      stream.write(`${tty ? '\r\x1b[K' : ''}${line}\n`);
      lastDraw = 0;
    },
    end() {
      if (tty) stream.write('\n');
    },
  };
}
