import type { APIRoute } from 'astro';
import { glossaryMd, markdownResponse } from '../markdown';

/** /glossary.md: the glossary as Markdown. */
export const GET: APIRoute = async ({ site }) => markdownResponse(await glossaryMd(site));
