// Search's words and synonyms as JSON files at addresses that change with their content (see _files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchFiles } from './_files';

export const getStaticPaths = (async () =>
  Object.values(await getSearchFiles()).map(({ path, json }) => ({
    params: { file: path.replace(/^\/search\/|\.json$/g, '') },
    props: { json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) =>
  new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
