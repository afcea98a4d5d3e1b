/**
 * A part of the 进度看板 that arrives as its own chunk: loading, loaded, or failed with a message a
 * user reads (../lazy.ts loadError: Chinese first) and a retry that fetches the chunk again (the
 * loader is ../lazy.ts retryable, so a failure is not cached).
 */
import * as React from "react";
import { loadError } from "../lazy";

export interface Lazy<T> {
  value?: T;
  error?: string;
  retry(): void;
}

export function useLazy<T>(load: () => Promise<T>): Lazy<T> {
  const [value, setValue] = React.useState<T | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setError(undefined);
    load().then(
      (v) => live && setValue(() => v),
      (e: unknown) => live && setError(loadError(e).message),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { value, error, retry };
}
