/** What stands in for a chunk of the 进度看板 until it has loaded: a spinner, or the error and 重试. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { Bi } from "../components/Bi";
import { bilingualText } from "../strings";

export function LazyState({ error, onRetry, loading }: { error?: string; onRetry(): void; loading: string }) {
  if (!error) return <Spinner size="small" label={loading} />;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          <Bi k="loadFailed" />
        </MessageBarTitle>
        <small>{error}</small>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          {bilingualText("retry")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
