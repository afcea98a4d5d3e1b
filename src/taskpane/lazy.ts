/**
 * Loading the parts of the pane that arrive after its first paint (webpack chunks). A load that fails
 * (on a government PC: a flaky network, a proxy, a server update that removed the old chunk files) is
 * not remembered: the next call loads again, as src/catalog/active.ts does for INFO's full catalog;
 * webpack itself forgets a failed chunk and fetches it anew on the next import().
 */
import { STRINGS } from "./strings";

/** Memoizes a successful load; a failed one is forgotten, so calling again retries. */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = load();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}

/** webpack's rejection for a script that could not be fetched ("ChunkLoadError: Loading chunk … failed"). */
export function isChunkLoadError(e: unknown): boolean {
  return e instanceof Error && (e.name === "ChunkLoadError" || /Loading (CSS )?chunk .* failed/i.test(e.message));
}

/**
 * The error a user reads when a part of the pane cannot be loaded: Chinese first, then English, with
 * webpack's own text last (which file, for an administrator). Other errors pass through unchanged.
 */
export function loadError(e: unknown): Error {
  if (!isChunkLoadError(e)) return e instanceof Error ? e : new Error(String(e));
  const detail = (e as Error).message;
  return new Error(`${STRINGS.loadFailed.zh} / ${STRINGS.loadFailed.en} (${detail})`);
}
