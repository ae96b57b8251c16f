/** Question files are named `NN-slug.mdx`; the number in the name is the question's number. */
const QUESTION_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** The number and slug encoded in a question file name, or null when the name is malformed. */
export function parseQuestionFile(fileName: string): { number: number; slug: string } | null {
  const match = QUESTION_FILE.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  return { number: Number(match[1]), slug: `${match[1]}-${match[2]}` };
}

/** Problems with a set of question file names: malformed names, numbers out of range or used twice. */
export function questionFileProblems(fileNames: readonly string[], max = 17): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const name of fileNames) {
    const parsed = parseQuestionFile(name);
    if (!parsed) {
      problems.push(`content/questions/${name}: file name must be "NN-slug.mdx" (e.g. "10-authentication.mdx")`);
      continue;
    }
    if (parsed.number < 1 || parsed.number > max) {
      problems.push(`content/questions/${name}: question number ${parsed.number} is outside 1–${max}`);
    }
    const other = seen.get(parsed.number);
    if (other)
      problems.push(`content/questions/${name}: question number ${parsed.number} is used twice (also ${other})`);
    seen.set(parsed.number, name);
  }
  return problems;
}

/** The message for a frontmatter `number` that disagrees with its file name, or null when they agree. */
export function numberMismatch(filePath: string, frontmatterNumber: unknown): string | null {
  const fileName = filePath.split('/').pop() ?? filePath;
  const parsed = parseQuestionFile(fileName);
  if (!parsed) return `${filePath}: file name must be "NN-slug.mdx"`;
  if (frontmatterNumber !== parsed.number) {
    return `${filePath}: field "number" is ${JSON.stringify(frontmatterNumber)} but the file name says ${parsed.number}`;
  }
  return null;
}

/** Message for a reference to a question that does not exist. */
export function missingQuestionMessage(n: number): string {
  return `points at question ${n}, which does not exist (content/questions has no ${String(n).padStart(2, '0')}-*.mdx)`;
}
