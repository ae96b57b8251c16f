import type { APIRoute } from 'astro';
import { exampleMd, markdownResponse } from '../../markdown';

/** /example/hr-itsm.md: the worked example as Markdown. */
export const GET: APIRoute = async ({ site }) => markdownResponse(await exampleMd(site));
