/**
 * The close job (issue 13): every CONSULTATION_CLOSE_INTERVAL_MINUTES, requests whose deadline
 * has passed move from open to closed (audited by the service). Reads close them too, so the
 * job only keeps the stored status and the audit log current when nobody looks.
 */
export function createConsultationCloseJob(options: {
  closeDue: () => Promise<string[]>;
  log: { error(o: object, m: string): void };
}) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const run = () => {
    if (running) return;
    running = options
      .closeDue()
      .catch((err: unknown) => options.log.error({ err }, 'closing requests for quotes failed'))
      .finally(() => (running = null));
  };
  return {
    start(intervalMs: number) {
      if (intervalMs <= 0) return;
      run();
      timer = setInterval(run, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
