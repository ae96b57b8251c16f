import type { APIRoute } from 'astro';
import { cheatSheetMd, markdownResponse } from '../markdown';

/** /cheat-sheet.md: the page as Markdown. */
export const GET: APIRoute = async ({ site }) => markdownResponse(await cheatSheetMd(site));
