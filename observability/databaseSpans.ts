import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { mongo } from 'mongoose';

/**
 * A client span per MongoDB command (`mongodb.find tdkt.nominations`) made inside a traced
 * request or activity, from the driver's command monitoring (the client must be connected
 * with `monitorCommands`). The driver's own events rather than an instrumentation package:
 * they need no module patching before the driver loads. Commands outside a trace (the
 * driver's heartbeats, start-up work) make no span. Arguments are never recorded.
 */
export function traceDatabaseCommands(client: mongo.MongoClient): void {
  const tracer = trace.getTracer('tdkt-mongodb');
  const open = new Map<string, Span>();
  const key = (event: { requestId: number; connectionId?: string | number }) =>
    `${String(event.connectionId)}:${event.requestId}`;
  client.on('commandStarted', (event: mongo.CommandStartedEvent) => {
    if (!trace.getSpan(context.active())) return;
    const target: unknown = event.command[event.commandName];
    const collection = typeof target === 'string' ? target : undefined;
    const name = [event.databaseName, collection].filter(Boolean).join('.');
    open.set(
      key(event),
      tracer.startSpan(`mongodb.${event.commandName} ${name}`, {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system': 'mongodb',
          'db.operation.name': event.commandName,
          'db.namespace': event.databaseName,
          ...(collection && { 'db.collection.name': collection }),
        },
      }),
    );
  });
  const end = (event: { requestId: number; connectionId?: string | number }, failure?: Error) => {
    const span = open.get(key(event));
    if (!span) return;
    open.delete(key(event));
    if (failure) span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
    span.end();
  };
  client.on('commandSucceeded', (event) => end(event));
  client.on('commandFailed', (event) => end(event, event.failure));
}
