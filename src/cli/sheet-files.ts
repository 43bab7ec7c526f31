/**
 * Which file is which sheet, for `pdk-feed build` given files or a folder
 * instead of (or besides) --partners / --events / --areas / --join: a file is
 * known by its name, English or Polish, and a folder by the files of those
 * names in it, as templates/ has them.
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import {basename, join} from 'node:path';
import type {SheetKind} from './sheet.js';

/** The files `build` reads: the three sheets and the join button's settings. */
export type InputKind = SheetKind | 'join';
export type SheetFiles = Partial<Record<InputKind, string>>;

/** File names (any case) → the sheet they hold. */
const FILE_NAMES: ReadonlyMap<string, InputKind> = new Map([
  ['partners.csv', 'partners'],
  ['partnerzy.csv', 'partners'],
  ['events.csv', 'events'],
  ['wydarzenia.csv', 'events'],
  ['areas.csv', 'areas'],
  ['obszary.csv', 'areas'],
  ['join.json', 'join'],
]);

export const KNOWN_FILE_NAMES: readonly string[] = [...FILE_NAMES.keys()];

export type SheetFilesResult =
  | {readonly files: SheetFiles}
  /** A file whose name says no sheet. */
  | {readonly unknown: string}
  /** Two files for one sheet. */
  | {readonly twice: InputKind; readonly files: readonly [string, string]}
  /** A path that is neither a file nor a folder. */
  | {readonly missing: string};

/**
 * The sheets the command line names. An option names its file; a folder's
 * files of known names fill in the sheets no option names; a file given by
 * itself must have a known name and a sheet of its own.
 */
export function sheetFiles(options: SheetFiles, paths: readonly string[]): SheetFilesResult {
  const files: SheetFiles = Object.fromEntries(Object.entries(options).filter(([, file]) => file !== undefined));
  const fromFolders: SheetFiles = {};
  for (const path of paths) {
    if (!existsSync(path)) return {missing: path};
    const folder = isFolder(path);
    const named = folder ? readdirSync(path).filter((name) => FILE_NAMES.has(name.toLowerCase())).map((name) => join(path, name)) : [path];
    for (const file of named) {
      const kind = FILE_NAMES.get(basename(file).toLowerCase());
      if (!kind) return {unknown: file};
      if (folder && options[kind] !== undefined) continue;
      const earlier = files[kind] ?? fromFolders[kind];
      if (earlier !== undefined) return {twice: kind, files: [earlier, file]};
      (folder ? fromFolders : files)[kind] = file;
    }
  }
  return {files: {...fromFolders, ...files}};
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A file that does not exist is reported when it is read.
    return false;
  }
}
