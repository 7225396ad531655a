export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Maps in order with at most `limit` calls in flight (connecting hundreds of clients at once only measures the queue). */
export async function mapWithConcurrency<Input, Output>(inputs: Input[], limit: number, map: (input: Input, index: number) => Promise<Output>): Promise<Output[]> {
  const outputs: Output[] = new Array<Output>(inputs.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < inputs.length) {
      const index = next;
      next += 1;
      outputs[index] = await map(inputs[index] as Input, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return outputs;
}

/** Polls until the condition holds; false if the deadline passed first. */
export async function waitUntil(condition: () => boolean, timeoutMilliseconds: number, intervalMilliseconds = 10): Promise<boolean> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(intervalMilliseconds);
  }
  return true;
}

/** True if the promise settled in time, false if the deadline passed first. */
export async function settlesWithin(promise: Promise<unknown>, timeoutMilliseconds: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMilliseconds);
  });
  try {
    return await Promise.race([promise.then(() => true), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
