import type { APIRoute } from 'astro';
import { flowMd, markdownResponse } from '../markdown';

/** /flow.md: the page as Markdown. */
export const GET: APIRoute = async () => markdownResponse(await flowMd());
