import { ApiFailure } from '../../shell/api';

/** The file name the server gave (`filename*=UTF-8''…` first, it keeps the diacritics). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (exact) return decodeURIComponent(exact[1]!);
  const plain = /filename="([^"]+)"/i.exec(disposition ?? '');
  return plain ? plain[1]! : fallback;
}

/**
 * Downloads `path` with the session cookie, telling `onProgress` the bytes received (and the
 * size when the server states it), then hands the file to the browser to save.
 */
export async function downloadFile(
  path: string,
  onProgress: (received: number, total: number | undefined) => void,
): Promise<string> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as {
      error?: { code?: string; message?: string; messageVi?: string; field?: string };
    };
    const error = body.error ?? {};
    throw new ApiFailure({
      status: response.status,
      code: error.code ?? `HTTP_${response.status}`,
      message: {
        vi: error.messageVi ?? error.message ?? `Lỗi ${response.status}`,
        en: error.message ?? `Error ${response.status}`,
      },
      ...(error.field && { field: error.field }),
    });
  }
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    chunks.push(part.value);
    received += part.value.length;
    onProgress(received, total);
  }
  const name = fileNameOf(response.headers.get('content-disposition'), 'tdkt-export');
  const url = URL.createObjectURL(
    new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? '' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
