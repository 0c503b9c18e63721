/**
 * Saves text as a file through a Blob and an <a download>: no "downloads" permission needed. The object URL is
 * revoked a minute later rather than at once, because Firefox may still be reading it when its save dialog opens.
 */
export function downloadText(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
