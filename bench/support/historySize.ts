import { temporal } from '@temporalio/proto';

/** A workflow history's length and its size as stored and sent (protobuf bytes). */
export function historySize(history: temporal.api.history.v1.IHistory): {
  events: number;
  bytes: number;
} {
  return {
    events: history.events?.length ?? 0,
    bytes: temporal.api.history.v1.History.encode(history).finish().byteLength,
  };
}
