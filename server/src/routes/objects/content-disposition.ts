/**
 * A `Content-Disposition: attachment` header for a file name taken from an object key, which
 * anyone who can write to the store chose. The plain `filename` keeps only printable ASCII
 * without quotes, backslashes or percent signs (no header injection, no odd decoding); the
 * exact name travels percent-encoded in `filename*` (RFC 6266).
 */
export function attachmentDisposition(fileName: string): string {
  const plain = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_').trim() || 'download';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${plain}"; filename*=UTF-8''${encoded}`;
}
