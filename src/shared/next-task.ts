/**
 * Resolves in a new task, so the browser can handle input and paint in
 * between long work: `scheduler.yield()` where there is one (the work then
 * goes on ahead of other tasks), else a message to ourselves (a timer would
 * be clamped to 4 ms after a few nested ones, and test clocks fake timers).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
