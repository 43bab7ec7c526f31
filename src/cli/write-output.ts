/** Where `build` and `ics` put what they make: a file, or stdout without one. */
import {rename, rm, writeFile} from 'node:fs/promises';

/**
 * Writes `content` to `output` (stdout when there is none). Written beside and
 * renamed, so a failed write never leaves half a file. On failure it throws
 * the system error (with its `code`), the temporary file removed.
 */
export async function writeOutput(output: string | undefined, content: string): Promise<void> {
  if (!output) {
    process.stdout.write(content);
    return;
  }
  const temporary = `${output}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  }
}
