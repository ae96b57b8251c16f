import type { APIRoute } from 'astro';
import { furtherReadingMd, markdownResponse } from '../markdown';

/** /further-reading.md: the page as Markdown. */
export const GET: APIRoute = async () => markdownResponse(await furtherReadingMd());
