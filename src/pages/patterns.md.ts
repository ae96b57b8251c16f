import type { APIRoute } from 'astro';
import { patternsMd, markdownResponse } from '../markdown';

/** /patterns.md: the page as Markdown. */
export const GET: APIRoute = async () => markdownResponse(await patternsMd());
