/** One Server-Sent Event. */
export interface SseEvent {
  event: string;
  data: any;
}

/**
 * Reads a text/event-stream response through fetch, as the console does (EventSource
 * cannot send a bearer token). `next(predicate)` waits for the first matching event.
 */
export async function openEventStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const queue: SseEvent[] = [];
  let buffer = '';
  let done = false;
  const pump = async () => {
    while (!queue.length && !done) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) {
        done = true;
        break;
      }
      buffer += decoder.decode(chunk.value, { stream: true });
      let sep: number;
      while ((sep = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, sep);
        buffer = buffer.slice(sep + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event) queue.push({ event, data: data ? JSON.parse(data) : undefined });
      }
    }
  };
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    async next(predicate: (e: SseEvent) => boolean = () => true, timeoutMs = 5000): Promise<SseEvent> {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const i = queue.findIndex(predicate);
        if (i !== -1) return queue.splice(i, 1)[0]!;
        queue.length = 0;
        if (done) throw new Error('event stream ended');
        await Promise.race([pump(), new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())))]);
      }
      throw new Error(`no matching event within ${timeoutMs} ms`);
    },
    close: () => controller.abort(),
  };
}
