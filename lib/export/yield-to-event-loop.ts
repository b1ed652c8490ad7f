/**
 * Lets the page paint and handle clicks (a Cancel button) between chunks of work. A message
 * channel rather than setTimeout, because browsers throttle timers in background tabs to one a
 * second or slower, which would stall an export the user switched away from.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
