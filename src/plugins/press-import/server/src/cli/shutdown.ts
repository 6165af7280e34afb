type Pool = { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number };
type StrapiLike = { destroy(): Promise<unknown>; db?: { connection?: { client?: { pool?: Pool } } } };

/**
 * Promise rejections nobody handles crash the process (Node's default). Some are
 * expected when Strapi runs in-process and its database goes away or is closed: Strapi
 * starts a few queries without awaiting them, and they reject with nobody to tell.
 * `tolerateRejections(isExpected)` lets such rejections pass while it is in force; any
 * other one still crashes the process as before. Returns the function that ends it.
 */
const tolerated = new Set<(reason: unknown) => boolean>();
const onUnhandledRejection = (reason: unknown) => {
  for (const isExpected of tolerated) if (isExpected(reason)) return;
  throw reason;
};

export function tolerateRejections(isExpected: (reason: unknown) => boolean): () => void {
  if (tolerated.size === 0) process.on('unhandledRejection', onUnhandledRejection);
  tolerated.add(isExpected);
  return () => {
    tolerated.delete(isExpected);
    if (tolerated.size === 0) process.off('unhandledRejection', onUnhandledRejection);
  };
}

/** Waits (up to `timeoutMs`) until no query holds or waits for a connection. */
async function drainPool(pool: Pool | undefined, timeoutMs: number) {
  if (!pool) return;
  const deadline = Date.now() + timeoutMs;
  while (pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const isAborted = (reason: unknown) => reason instanceof Error && reason.message === 'aborted';

/**
 * Stops a Strapi booted in-process (CLI, tests). Strapi's own background work started at
 * boot (API documentation generation, metrics) may still be querying; closing the pool
 * under it makes those queries fail with "aborted". So the pool is drained first, and
 * an "aborted" rejection that still comes is expected and ignored: every write of the
 * run has committed by then.
 */
export async function shutDownStrapi(strapi: StrapiLike, timeoutMs = 10_000) {
  await drainPool(strapi.db?.connection?.client?.pool, timeoutMs);
  const end = tolerateRejections(isAborted);
  try {
    await strapi.destroy().catch((reason) => {
      if (!isAborted(reason)) throw reason;
    });
  } finally {
    await new Promise((resolve) => setImmediate(resolve));
    end();
  }
}
