// The study deck as a JSON file at an address that changes with its content
// (/study/deck.<hash>.json), so hosts can cache it for good (public/_headers).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStudyDeck } from './_deck';

export const getStaticPaths = (async () => [
  { params: { hash: (await getStudyDeck()).hash } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await getStudyDeck()).json, { headers: { 'Content-Type': 'application/json' } });
