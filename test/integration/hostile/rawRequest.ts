import http from 'node:http';

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

/** Few sockets, kept open: the suite sends thousands of small requests to one server. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/**
 * One HTTP request with the body sent byte for byte (fetch would re-encode invalid UTF-8
 * and normalise the path).
 */
export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
  attempt = 1,
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { ...headers, ...(body && { 'content-length': String(body.length) }) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? '',
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed for idling just as this request went out: the
      // server never saw the request, so it is sent again on a fresh socket (Node's advice).
      if (request.reusedSocket && error.code === 'ECONNRESET' && attempt === 1) {
        rawRequest(baseUrl, method, path, headers, body, 2).then(resolve, reject);
      } else reject(error);
    });
    request.end(body);
  });
}

export function closeConnections(): void {
  agent.destroy();
}
