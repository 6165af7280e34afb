type Pool = { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number };
type StrapiLike = { destroy(): Promise<unknown>; db?: { connection?: { client?: { pool?: Pool } } } };

/** Waits (up to `timeoutMs`) until no query holds or waits for a connection. */
async function drainPool(pool: Pool | undefined, timeoutMs: number) {
  if (!pool) return;
  const deadline = Date.now() + timeoutMs;
  while (pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Stops a Strapi booted in-process (CLI, tests). Strapi's own background work started at
 * boot (API documentation generation, metrics) may still be querying; closing the pool
 * under it makes those queries fail with "aborted". So the pool is drained first, and
 * an "aborted" rejection that still comes is expected and ignored: every write of the
 * run has committed by then.
 */
export async function shutDownStrapi(strapi: StrapiLike, timeoutMs = 10_000) {
  await drainPool(strapi.db?.connection?.client?.pool, timeoutMs);
  const ignoreAborted = (reason: unknown) => {
    if (!(reason instanceof Error && reason.message === 'aborted')) throw reason;
  };
  process.on('unhandledRejection', ignoreAborted);
  try {
    await strapi.destroy().catch(ignoreAborted);
  } finally {
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', ignoreAborted);
  }
}
