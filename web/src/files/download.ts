/** Hands a file to the browser's downloads, the same way for text and for pictures. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  downloadUrl(url, fileName);
  // The browser reads the blob after the click returns; freeing it later costs little memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a picked or dropped file as text. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
