import type { APIRoute } from 'astro';
import { checklistMd, markdownResponse } from '../markdown';

/** /checklist.md: the page as Markdown. */
export const GET: APIRoute = async () => markdownResponse(await checklistMd());
