/**
 * Saves a downloaded Blob as a file with the browser's own download (an <a download> click), then lets the
 * object URL go. Nothing is written anywhere else; the file holds private data, and the page says so.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some WebViews read the URL after the click returns: give it a minute before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
