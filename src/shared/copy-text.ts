/**
 * Copies text: the Clipboard API, else (old browsers, plain-http pages, a
 * refused permission) selecting the text in `fallback` and the old copy command.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback.focus();
    fallback.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
