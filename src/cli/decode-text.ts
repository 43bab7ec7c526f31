/**
 * A file's bytes as text. UTF-8 is what browsers read a feed as, and what
 * "CSV UTF-8" in Excel writes; a BOM is dropped. Bytes that are not UTF-8
 * are read as Windows-1250, what Excel and LibreOffice on a Polish Windows
 * save as plain "CSV" (Polish letters come out right then), and `utf8` says
 * so, for the caller to warn or refuse.
 */
export function decodeText(bytes: Uint8Array): {text: string; utf8: boolean} {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), utf8: true};
  } catch {
    return {text: new TextDecoder('windows-1250').decode(bytes), utf8: false};
  }
}
