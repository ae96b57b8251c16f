/** Turns a name into a safe file name stem. */
export function fileStem(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'review'
  );
}

/** What reading a chosen file gave: its text, or why there is none. */
export type FileText = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' };

/** Reads a chosen file as text; refuses one over `maxBytes` without reading it. Never throws. */
export async function readTextFile(
  file: { size: number; text(): Promise<string> },
  maxBytes: number,
): Promise<FileText> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
